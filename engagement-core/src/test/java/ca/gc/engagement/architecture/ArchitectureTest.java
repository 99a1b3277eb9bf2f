package ca.gc.engagement.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import ca.gc.engagement.records.entity.SafeText;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;

/**
 * The shape the project keeps: floors that point down only (boundary → control → entity; an entity
 * never calls a service) and aggregates that refer to each other without import circles.
 */
@AnalyzeClasses(packages = "ca.gc.engagement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule aggregatesFormNoCircles =
      slices().matching("ca.gc.engagement.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule entitiesNeverCallServicesOrLogic =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..boundary..", "..control..");

  /**
   * Plain logic takes what it needs as parameters. The demo dataset's loader is the one exception:
   * it plays a user calling the services, in order.
   */
  @ArchTest
  static final ArchRule controlNeverCallsServices =
      noClasses()
          .that()
          .resideInAPackage("..control..")
          .and()
          .resideOutsideOfPackage("ca.gc.engagement.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..");

  /**
   * Bean Validation cascades into every property of a {@code @Valid} parameter without asking JPA
   * whether it is loaded (decision 0026), so a service never takes an entity as one.
   */
  @ArchTest
  static final ArchRule servicesNeverValidateEntities =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..boundary..")
          .should(
              new ArchCondition<JavaMethod>("not take an entity as a @Valid parameter") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  for (JavaParameter parameter : method.getParameters()) {
                    if (parameter.isAnnotatedWith(Valid.class)
                        && parameter.getRawType().isAnnotatedWith(Entity.class)) {
                      events.add(
                          SimpleConditionEvent.violated(
                              method, method.getFullName() + " validates an entity"));
                    }
                  }
                }
              });

  /**
   * Every service draft refuses hostile characters in all its texts (decision 0021), for the API
   * and the pages alike: a new draft without the constraint fails here.
   */
  @ArchTest
  static final ArchRule everyDraftRefusesHostileText =
      classes()
          .that()
          .haveSimpleNameEndingWith("Draft")
          .should()
          .beAnnotatedWith(SafeText.class)
          .because("the hostile-text check covers every text a service takes (decision 0021)");

  /**
   * A draft's walk leaves a nested {@code @SafeText} value to its own constraint, which runs only
   * where the value is {@code @Valid}: so every such component (or list element) is.
   */
  @ArchTest
  static final ArchRule nestedDraftsAreCascaded =
      classes()
          .that()
          .areAnnotatedWith(SafeText.class)
          .should(
              new ArchCondition<JavaClass>("cascade (@Valid) into every nested @SafeText value") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  Class<?> reflected = type.reflect();
                  if (!reflected.isRecord()) {
                    return;
                  }
                  for (RecordComponent component : reflected.getRecordComponents()) {
                    AnnotatedType annotated = component.getAnnotatedType();
                    boolean valid =
                        annotated.isAnnotationPresent(Valid.class)
                            || component.getAccessor().isAnnotationPresent(Valid.class)
                            || component.isAnnotationPresent(Valid.class);
                    if (component.getType().isAnnotationPresent(SafeText.class) && !valid) {
                      events.add(
                          SimpleConditionEvent.violated(
                              type, type.getName() + "." + component.getName() + " is not @Valid"));
                    }
                    if (annotated instanceof AnnotatedParameterizedType parameterized) {
                      for (AnnotatedType element :
                          parameterized.getAnnotatedActualTypeArguments()) {
                        if (element.getType() instanceof Class<?> elementType
                            && elementType.isAnnotationPresent(SafeText.class)
                            && !element.isAnnotationPresent(Valid.class)) {
                          events.add(
                              SimpleConditionEvent.violated(
                                  type,
                                  type.getName()
                                      + "."
                                      + component.getName()
                                      + "'s elements are not @Valid"));
                        }
                      }
                    }
                  }
                }
              });
}
