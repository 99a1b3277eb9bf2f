package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.refusal.entity.Figure;
import ca.gc.engagement.refusal.entity.Localized;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A measure one country imposes on another's goods (a tariff, a surtax, an anti-dumping deposit,
 * ...), with the products it applies to and its rate history, so that the briefing book can say
 * what applied on any day. Measures are linked by id: a retaliation names the measure it answers,
 * an exemption the measure it relieves products of.
 *
 * <p>It applies on a day when it has entered into force, is not suspended now, and the day lies in
 * its period. The record keeps no dates of a suspension (its history does), so a suspended measure
 * applies on no day until it is resumed; a proposal dropped before it took effect never applied.
 */
@Entity
@Table(name = "trade_measure")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class TradeMeasure extends Classified {

  public static final String KIND = "trade measure";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_measure_seq")
  @SequenceGenerator(
      name = "trade_measure_seq",
      sequenceName = "trade_measure_seq",
      allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotNull
  @Column(name = "imposing_country", length = 2)
  private CountryCode imposingCountry;

  @NotNull
  @Column(name = "target_country", length = 2)
  private CountryCode targetCountry;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "measure_type", length = 20)
  private TradeMeasureType type;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "trade_measure_product_line",
      joinColumns = @JoinColumn(name = "trade_measure_id"))
  @OrderColumn(name = "line_no")
  private List<ProductLine> productLines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "trade_measure_sector",
      joinColumns = @JoinColumn(name = "trade_measure_id"))
  @Column(name = "sector_code", length = 40, nullable = false)
  private Set<String> sectors = new HashSet<>();

  @NotNull @Embedded private Source source;

  @Column(name = "retaliates_against_id")
  private Long retaliatesAgainstId;

  @Column(name = "exempts_from_id")
  private Long exemptsFromId;

  @NotNull
  @Column(name = "in_force_from")
  private LocalDate inForceFrom;

  @Column(name = "in_force_until")
  private LocalDate inForceUntil;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "trade_measure_rate",
      joinColumns = @JoinColumn(name = "trade_measure_id"))
  private Set<RateChange> rates = new HashSet<>();

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private TradeMeasureStatus status = TradeMeasureStatus.PROPOSED;

  /** Whether the measure has ever entered into force (a dropped proposal has not). */
  @Column(name = "took_effect", nullable = false)
  private boolean tookEffect;

  protected TradeMeasure() {}

  /** A measure as announced: it is PROPOSED until it is moved into force. */
  public static TradeMeasure record(TradeMeasureDraft draft) {
    TradeMeasure measure = new TradeMeasure();
    measure.revise(draft);
    return measure;
  }

  /**
   * Takes the draft's content, its rate history included (a correction replaces the history; the
   * audit trail keeps the former one). The status moves only through {@link #moveTo}.
   */
  public void revise(TradeMeasureDraft draft) {
    if (status == TradeMeasureStatus.LIFTED && tookEffect && draft.inForceUntil() == null) {
      throw liftedWithoutLastDay();
    }
    title = draft.title().strip();
    imposingCountry = CountryCode.of(draft.imposingCountry());
    targetCountry = CountryCode.of(draft.targetCountry());
    type = draft.type();
    productLines.clear();
    draft.productLines().stream().map(ProductLine::of).forEach(productLines::add);
    sectors.clear();
    draft.sectors().stream().map(String::strip).forEach(sectors::add);
    source = Source.of(draft.source());
    retaliatesAgainstId = draft.retaliatesAgainstId();
    exemptsFromId = draft.exemptsFromId();
    inForceFrom = draft.inForceFrom();
    inForceUntil = draft.inForceUntil();
    rates.clear();
    draft.rates().stream().map(RateChange::of).forEach(rates::add);
    classify(draft.classification());
  }

  /**
   * Adds a rate that applies from its day on; the earlier ones stay. A day that already has a rate
   * is refused (correct it by revising the measure), as is a day outside the measure's period.
   */
  public void recordRate(RateChangeDraft draft) {
    for (RateChange rate : rates) {
      if (rate.getEffectiveFrom().equals(draft.effectiveFrom())) {
        throw new RuleViolationException(
            "effectiveFrom",
            "ca.gc.engagement.trademeasure.rate.taken",
            new Figure(rate.getRate()),
            rate.getEffectiveFrom());
      }
    }
    if (!withinPeriod(draft.effectiveFrom(), inForceFrom, inForceUntil)) {
      throw new RuleViolationException(
          "effectiveFrom",
          "ca.gc.engagement.trademeasure.rate.outsidePeriod",
          period(),
          draft.effectiveFrom());
    }
    rates.add(RateChange.of(draft));
  }

  public void moveTo(TradeMeasureStatus next) {
    status.stepTo(KIND, next);
    if (next == TradeMeasureStatus.LIFTED && tookEffect && inForceUntil == null) {
      throw liftedWithoutLastDay();
    }
    if (next == TradeMeasureStatus.IN_FORCE) {
      tookEffect = true;
    }
    status = next;
  }

  private static RuleViolationException liftedWithoutLastDay() {
    return new RuleViolationException(
        "inForceUntil", "ca.gc.engagement.trademeasure.lifted.lastDay");
  }

  /** Whether the measure applied on that day (see the class comment). */
  public boolean inForceOn(LocalDate day) {
    return tookEffect
        && status != TradeMeasureStatus.SUSPENDED
        && withinPeriod(day, inForceFrom, inForceUntil);
  }

  /**
   * The rate (a percentage) that applied on that day: the latest rate change on or before it. Empty
   * when the measure did not apply that day, or states no rate for it (a ban).
   */
  public Optional<BigDecimal> rateOn(LocalDate day) {
    if (!inForceOn(day)) {
      return Optional.empty();
    }
    return rates.stream()
        .filter(rate -> !rate.getEffectiveFrom().isAfter(day))
        .max(Comparator.comparing(RateChange::getEffectiveFrom))
        .map(RateChange::getRate);
  }

  /** Whether a day lies in a period; a missing first or last day leaves that side open. */
  public static boolean withinPeriod(LocalDate day, LocalDate from, LocalDate until) {
    return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
  }

  /**
   * Refuses a retaliation against this measure unless it goes the other way: a measure imposed by
   * Canada on China is answered by one China imposes on Canada.
   */
  public void admitsRetaliationBy(CountryCode imposing, CountryCode target) {
    if (!imposing.equals(targetCountry) || !target.equals(imposingCountry)) {
      throw new RuleViolationException(
          "retaliatesAgainstId",
          "ca.gc.engagement.trademeasure.retaliation.direction",
          title,
          name(imposingCountry),
          name(targetCountry));
    }
  }

  /**
   * Refuses an exemption from this measure unless the same country grants it for the same target
   * and it names only products this measure applies to.
   */
  public void admitsExemption(
      CountryCode imposing, CountryCode target, Collection<ProductLineDraft> products) {
    if (type == TradeMeasureType.EXEMPTION) {
      throw new RuleViolationException(
          "exemptsFromId", "ca.gc.engagement.trademeasure.exemption.ofExemption", title);
    }
    if (!imposing.equals(imposingCountry) || !target.equals(targetCountry)) {
      throw new RuleViolationException(
          "exemptsFromId",
          "ca.gc.engagement.trademeasure.exemption.direction",
          title,
          name(imposingCountry),
          name(targetCountry));
    }
    String uncovered =
        products.stream()
            .filter(product -> !covers(HsCode.of(product.hsCode())))
            .map(
                product -> product.description().strip() + " (" + HsCode.of(product.hsCode()) + ")")
            .collect(Collectors.joining(", "));
    if (!uncovered.isEmpty()) {
      throw new RuleViolationException(
          "productLines", "ca.gc.engagement.trademeasure.exemption.uncovered", title, uncovered);
    }
  }

  /** Whether one of the measure's product lines takes in all the goods of the code. */
  public boolean covers(HsCode code) {
    return productLines.stream().anyMatch(line -> line.getHsCode().covers(code));
  }

  private Term period() {
    return inForceUntil == null
        ? Term.of("ca.gc.engagement.trademeasure.period.open", inForceFrom)
        : Term.of("ca.gc.engagement.trademeasure.period.closed", inForceFrom, inForceUntil);
  }

  /** The country's name in the reader's language. */
  private static Localized name(CountryCode country) {
    return country::displayName;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public CountryCode getImposingCountry() {
    return imposingCountry;
  }

  public CountryCode getTargetCountry() {
    return targetCountry;
  }

  public TradeMeasureType getType() {
    return type;
  }

  public List<ProductLine> getProductLines() {
    return List.copyOf(productLines);
  }

  public Set<String> getSectors() {
    return Set.copyOf(sectors);
  }

  public Source getSource() {
    return source;
  }

  /** The measure this one answers; null for a measure that is not a retaliation. */
  public Long getRetaliatesAgainstId() {
    return retaliatesAgainstId;
  }

  /** The measure an exemption relieves products of; null for any other type. */
  public Long getExemptsFromId() {
    return exemptsFromId;
  }

  public LocalDate getInForceFrom() {
    return inForceFrom;
  }

  /** The last day of the measure; null while it has no end date. */
  public LocalDate getInForceUntil() {
    return inForceUntil;
  }

  /** The rate history, earliest first. */
  public List<RateChange> getRates() {
    return rates.stream().sorted(Comparator.comparing(RateChange::getEffectiveFrom)).toList();
  }

  public TradeMeasureStatus getStatus() {
    return status;
  }

  public boolean hasTakenEffect() {
    return tookEffect;
  }
}
