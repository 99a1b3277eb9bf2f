package ca.gc.engagement.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import ca.gc.engagement.audit.entity.Revision;
import ca.gc.engagement.audit.entity.RevisionAuthor;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.feed.control.ChangeLog;
import ca.gc.engagement.records.control.StaleEdits;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.security.control.ClearanceFilter;
import ca.gc.engagement.security.control.RealmIdentities;
import ca.gc.engagement.security.entity.Classified;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Stateless;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.Entity;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

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

  /**
   * The clearance filter and the stale-edit report are bound once, to every bean of the module, by
   * ejb-jar.xml: a new service has them without asking.
   */
  @ArchTest
  static void everyBeanRunsInsideTheClearanceFilter(JavaClasses classes) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (var descriptor = ArchitectureTest.class.getResourceAsStream("/META-INF/ejb-jar.xml")) {
      NodeList bindings =
          factory
              .newDocumentBuilder()
              .parse(descriptor)
              .getElementsByTagNameNS("*", "interceptor-binding");
      List<String> boundToEveryBean = new ArrayList<>();
      for (int i = 0; i < bindings.getLength(); i++) {
        Element binding = (Element) bindings.item(i);
        if ("*".equals(text(binding, "ejb-name").trim())) {
          NodeList bound = binding.getElementsByTagNameNS("*", "interceptor-class");
          for (int j = 0; j < bound.getLength(); j++) {
            boundToEveryBean.add(bound.item(j).getTextContent().trim());
          }
        }
      }
      if (!boundToEveryBean.containsAll(
          List.of(StaleEdits.class.getName(), ClearanceFilter.class.getName()))) {
        throw new AssertionError(
            "ejb-jar.xml binds " + boundToEveryBean + " to every bean, not the clearance filter");
      }
    }
  }

  private static String text(Element parent, String name) {
    NodeList found = parent.getElementsByTagNameNS("*", name);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent();
  }

  /** No service escapes the clearance filter: a bean that opts out reads no classified record. */
  @ArchTest
  static final ArchRule noServiceEscapesTheClearanceFilter =
      noClasses()
          .that()
          .resideInAPackage("..boundary..")
          .and()
          .areAnnotatedWith(Stateless.class)
          .and()
          .areAnnotatedWith(ExcludeDefaultInterceptors.class)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Classified.class)
          .because(
              "every query a service runs is filtered by the caller's clearance (decision 0006)");

  /**
   * The descriptor binds the interceptors once; a service naming them again would run them twice.
   */
  @ArchTest
  static final ArchRule servicesNameNoInterceptors =
      noClasses()
          .should()
          .beAnnotatedWith(Interceptors.class)
          .because("ejb-jar.xml binds StaleEdits and ClearanceFilter to every bean");

  /**
   * Work done on an account's behalf while it is not calling (the demo loader, a webhook's
   * subscriber) takes that account from the realm in one place, RealmIdentities: nothing else makes
   * up an identity, so none is made with roles or a clearance the realm does not give.
   */
  @ArchTest
  static final ArchRule identitiesComeFromTheRealmInOnePlace =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(RealmIdentities.class.getName())
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(ServerAuthenticationContext.class.getName())
          .because("an identity acted as comes from the security realm, one way");

  /**
   * The change feed notes what Envers writes, nothing else (decision 0036): no service notes a
   * change of its own, so the feed and the audit trail never disagree.
   */
  @ArchTest
  static final ArchRule onlyTheRevisionListenerNotesChanges =
      noClasses()
          .that()
          .doNotBelongToAnyOf(RevisionAuthor.class, Revision.class)
          .should()
          .callMethod(
              Revision.class, "changed", String.class, long.class, RevisionEntry.Change.class)
          .because(
              "the change feed is the audit trail's, noted by Envers' listener (decision 0036)");

  /**
   * The feed is read with a clearance given as a parameter; only the feed's own services give it
   * (the caller's, or a subscription's), so no other code reads it at a clearance of its choosing.
   */
  @ArchTest
  static final ArchRule theFeedIsReadOnlyThroughItsServices =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "ca.gc.engagement.feed.boundary..", "ca.gc.engagement.feed.control..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ChangeLog.class)
          .because("a reader's clearance is given by the feed's services (decision 0036)");
}
