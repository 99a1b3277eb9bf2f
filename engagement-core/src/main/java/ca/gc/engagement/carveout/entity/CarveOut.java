package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A policy that keeps some counterpart countries away from sectors, regions or subjects (for
 * example: no agreement with the PRC that touches national security or the Arctic). Screening
 * checks every proposal against the carve-outs in force. A carve-out is never deleted: it is
 * retired, and stays on file with its history to explain past screenings.
 *
 * <p>Its sets are read eagerly: a carve-out is only ever used whole (screening reads every set),
 * and the pages and API read it after the service's transaction has ended. Every list of meetings
 * screens its page against the carve-outs in force, and only administrators change them: they and
 * their sets are kept in the second-level cache (docs/decisions/0025-query-cache.md).
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "carve_out")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class CarveOut extends Classified {

  public static final String KIND = "carve-out";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carve_out_seq")
  @SequenceGenerator(name = "carve_out_seq", sequenceName = "carve_out_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 40)
  @Column(length = 40, updatable = false)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Size(max = 4000)
  private String rationale;

  @NotBlank
  @Size(max = 4000)
  @Column(name = "policy_basis")
  private String policyBasis;

  /** Sectors covered, each with everything below it in the sector tree. */
  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "carve_out_sector", joinColumns = @JoinColumn(name = "carve_out_id"))
  @Column(name = "sector_code", length = 40, nullable = false)
  private Set<String> sectors = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "carve_out_region", joinColumns = @JoinColumn(name = "carve_out_id"))
  @Column(name = "region_code", length = 40, nullable = false)
  private Set<String> regions = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "carve_out_keyword", joinColumns = @JoinColumn(name = "carve_out_id"))
  @Column(name = "keyword", length = 100, nullable = false)
  private Set<String> keywords = new HashSet<>();

  /** The counterpart countries it applies to; none means every country. */
  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "carve_out_country", joinColumns = @JoinColumn(name = "carve_out_id"))
  @Column(name = "country", length = 2, nullable = false)
  private Set<CountryCode> countries = new HashSet<>();

  @NotNull
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "effective_until")
  private LocalDate effectiveUntil;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private CarveOutMode mode;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private CarveOutStatus status = CarveOutStatus.ACTIVE;

  protected CarveOut() {}

  public static CarveOut declare(CarveOutDraft draft) {
    CarveOut carveOut = new CarveOut();
    carveOut.code = draft.code();
    carveOut.revise(draft);
    return carveOut;
  }

  /**
   * Takes the draft's content; the code stays (past screenings name the carve-out by it) and the
   * status moves only through {@link #moveTo}.
   */
  public void revise(CarveOutDraft draft) {
    if (!code.equals(draft.code())) {
      throw CarveOutChangeException.codeIsFixed(code, draft.code());
    }
    name = draft.name().strip();
    rationale = draft.rationale().strip();
    policyBasis = draft.policyBasis().strip();
    replace(sectors, draft.sectors());
    replace(regions, draft.regions());
    Set<String> stripped = new HashSet<>();
    draft.keywords().forEach(k -> stripped.add(k.strip()));
    replace(keywords, stripped);
    Set<CountryCode> parties = new HashSet<>();
    draft.countries().forEach(c -> parties.add(CountryCode.of(c)));
    replace(countries, parties);
    effectiveFrom = draft.effectiveFrom();
    effectiveUntil = draft.effectiveUntil();
    mode = draft.mode();
    classify(draft.classification());
  }

  /** Changes the set in place, so that Hibernate and Envers record only what changed. */
  private static <T> void replace(Set<T> current, Set<T> wanted) {
    current.retainAll(wanted);
    current.addAll(wanted);
  }

  public void moveTo(CarveOutStatus next) {
    status = status.stepTo(KIND, next);
  }

  /** Whether the carve-out is policy on that day: from its first day to its last, both included. */
  public boolean isInEffectOn(LocalDate day) {
    return status == CarveOutStatus.ACTIVE
        && !day.isBefore(effectiveFrom)
        && (effectiveUntil == null || !day.isAfter(effectiveUntil));
  }

  /** Whether it applies to something between these parties on that day. */
  public boolean appliesTo(Set<CountryCode> parties, LocalDate day) {
    return isInEffectOn(day)
        && (countries.isEmpty() || parties.stream().anyMatch(countries::contains));
  }

  public boolean coversEveryCountry() {
    return countries.isEmpty();
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRationale() {
    return rationale;
  }

  public String getPolicyBasis() {
    return policyBasis;
  }

  /** The sectors covered, in alphabetical order. */
  public Set<String> getSectors() {
    return Collections.unmodifiableSet(new TreeSet<>(sectors));
  }

  /** The regions covered, in alphabetical order. */
  public Set<String> getRegions() {
    return Collections.unmodifiableSet(new TreeSet<>(regions));
  }

  /** The keywords, in alphabetical order regardless of case. */
  public Set<String> getKeywords() {
    Set<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
    sorted.addAll(keywords);
    return Collections.unmodifiableSet(sorted);
  }

  /** The countries it applies to, by code; empty for every country. */
  public Set<CountryCode> getCountries() {
    Set<CountryCode> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    sorted.addAll(countries);
    return Collections.unmodifiableSet(sorted);
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  public CarveOutMode getMode() {
    return mode;
  }

  public CarveOutStatus getStatus() {
    return status;
  }
}
