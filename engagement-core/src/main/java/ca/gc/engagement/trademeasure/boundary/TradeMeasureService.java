package ca.gc.engagement.trademeasure.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.trademeasure.entity.CountryPairCount;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * Trade measures as the pages, the API and the briefing book see them. Drafts are validated on the
 * way in; the links between measures (a retaliation answers a measure imposed on its own country,
 * an exemption relieves products of its own country's measure) are checked here against the
 * measures the caller may see, and a broken one comes back as a {@link RuleViolationException}
 * naming the field. The sectors must be in the sector catalogue. Every signed-in role reads;
 * officers and above record.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class TradeMeasureService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private SectorService sectors;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public TradeMeasure record(@NotNull @Valid TradeMeasureDraft draft) {
    caller.mayRecord(draft.classification());
    checkLinks(null, draft);
    sectors.requireKnown(draft.sectors());
    TradeMeasure measure = TradeMeasure.record(draft);
    em.persist(measure);
    return measure;
  }

  public Optional<TradeMeasure> find(long id) {
    return caller.visible(em.find(TradeMeasure.class, id));
  }

  /**
   * Replaces the measure's content (rate history included) with the draft, if nobody changed it
   * since the caller read version {@code expectedVersion}.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public TradeMeasure revise(
      long id, long expectedVersion, @NotNull @Valid TradeMeasureDraft draft) {
    TradeMeasure measure = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    checkLinks(id, draft);
    sectors.requireKnown(draft.sectors());
    measure.revise(draft);
    em.flush();
    return measure;
  }

  /** Adds a rate from its day on; the earlier rates stay, so past days keep their answer. */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public TradeMeasure recordRate(
      long id, long expectedVersion, @NotNull @Valid RateChangeDraft rate) {
    TradeMeasure measure = current(id, expectedVersion);
    measure.recordRate(rate);
    em.flush();
    return measure;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public TradeMeasure moveTo(
      long id,
      long expectedVersion,
      @NotNull(message = "{ca.gc.engagement.trademeasure.to.required}") TradeMeasureStatus to) {
    TradeMeasure measure = current(id, expectedVersion);
    measure.moveTo(to);
    em.flush();
    return measure;
  }

  /**
   * Measures by first day in force, newest first (the latest recorded first on the same day). The
   * same statements whatever the page size: the page, its count, and one batch per collection.
   */
  public Page<TradeMeasure> list(@NotNull @Valid PageRequest request) {
    return list(TradeMeasureQuery.everything(), request);
  }

  /**
   * Measures matching a query (words in the title, a country imposing or targeted, a sector with
   * those within it, status, first days in force), in its order. The same statements whatever the
   * page size: the page, its count, one batch per collection (and, with a sector, the catalogue).
   */
  public Page<TradeMeasure> list(
      @NotNull @Valid TradeMeasureQuery query, @NotNull @Valid PageRequest request) {
    Order<TradeMeasureQuery.Field> order = query.order();
    return Listing.of(TradeMeasure.class, "m")
        .containing(query.q(), "m.title")
        .where(
            "(m.imposingCountry = :country or m.targetCountry = :country)",
            "country",
            query.country() == null ? null : CountryCode.of(query.country()))
        .where(
            "exists (select 1 from TradeMeasure t join t.sectors s"
                + " where t.id = m.id and s in :sectors)",
            "sectors",
            sectors.within(query.sector()))
        .where("m.status = :status", "status", query.statusValue())
        .where("m.inForceFrom >= :from", "from", query.from())
        .where("m.inForceFrom <= :to", "to", query.to())
        .orderBy(
            switch (order.field()) {
              case IN_FORCE_FROM -> "m.inForceFrom";
              case TITLE -> "lower(m.title)";
              case STATUS -> "m.status";
            },
            order.ascending())
        .page(em, request);
  }

  /**
   * The measures either country applied to the other's goods on that day, those of {@code a} first,
   * each side by first day in force. Agrees with {@link TradeMeasure#inForceOn}.
   */
  public List<TradeMeasure> inForceBetween(
      @NotNull CountryCode a, @NotNull CountryCode b, @NotNull LocalDate on) {
    return inForceBetween(a, b, on, on);
  }

  /**
   * The measures either country applied to the other's goods on some day from {@code first} to
   * {@code last} (both included), as the briefing book of a mission lists them: those of {@code a}
   * first, each side by first day in force. One statement, and one batch per collection.
   */
  public List<TradeMeasure> inForceBetween(
      @NotNull CountryCode a,
      @NotNull CountryCode b,
      @NotNull LocalDate first,
      @NotNull LocalDate last) {
    return inForce(
            "select m from TradeMeasure m",
            " order by case when m.imposingCountry = :a then 0 else 1 end, m.inForceFrom, m.id",
            TradeMeasure.class,
            a,
            b,
            first,
            last)
        .getResultList();
  }

  /**
   * The {@code most} measures of {@link #inForceBetween} that came into force last, in its order,
   * and how many there are in all: a briefing book lists a bounded number, whatever the file holds.
   * Two statements, and one batch per collection.
   */
  public Page<TradeMeasure> latestInForceBetween(
      @NotNull CountryCode a,
      @NotNull CountryCode b,
      @NotNull LocalDate first,
      @NotNull LocalDate last,
      @Positive int most) {
    List<TradeMeasure> latest =
        inForce(
                "select m from TradeMeasure m",
                " order by m.inForceFrom desc, m.id desc",
                TradeMeasure.class,
                a,
                b,
                first,
                last)
            .setMaxResults(most)
            .getResultList();
    long total =
        inForce("select count(m) from TradeMeasure m", "", Long.class, a, b, first, last)
            .getSingleResult();
    Comparator<TradeMeasure> order =
        Comparator.comparing((TradeMeasure m) -> m.getImposingCountry().equals(a) ? 0 : 1)
            .thenComparing(TradeMeasure::getInForceFrom)
            .thenComparing(TradeMeasure::getId);
    return new Page<>(latest.stream().sorted(order).toList(), 0, most, total);
  }

  private <T> TypedQuery<T> inForce(
      String select,
      String order,
      Class<T> type,
      CountryCode a,
      CountryCode b,
      LocalDate first,
      LocalDate last) {
    TypedQuery<T> query =
        em.createQuery(
            select
                + " where ((m.imposingCountry = :a and m.targetCountry = :b)"
                + " or (m.imposingCountry = :b and m.targetCountry = :a))"
                + " and m.tookEffect = true and m.status <> :suspended"
                + " and m.inForceFrom <= :last"
                + " and (m.inForceUntil is null or m.inForceUntil >= :first)"
                + order,
            type);
    return query
        .setParameter("a", a)
        .setParameter("b", b)
        .setParameter("first", first)
        .setParameter("last", last)
        .setParameter("suspended", TradeMeasureStatus.SUSPENDED);
  }

  /**
   * How many measures each country applied to another's goods on that day, one line a pair
   * (imposing → targeted), the most measures first; the same measures as {@link #inForceBetween}
   * and {@link TradeMeasure#inForceOn}. One statement; measures above the caller's clearance are
   * not counted.
   */
  public List<CountryPairCount> inForceByCountryPair(@NotNull LocalDate on) {
    return em
        .createQuery(
            "select m.imposingCountry, m.targetCountry, count(m) from TradeMeasure m"
                + " where m.tookEffect = true and m.status <> :suspended"
                + " and m.inForceFrom <= :on and (m.inForceUntil is null or m.inForceUntil >= :on)"
                + " group by m.imposingCountry, m.targetCountry"
                + " order by count(m) desc, m.imposingCountry, m.targetCountry",
            Object[].class)
        .setParameter("on", on)
        .setParameter("suspended", TradeMeasureStatus.SUSPENDED)
        .setHint(HibernateHints.HINT_CACHEABLE, true) // every dashboard asks; a scan of the table
        .getResultList()
        .stream()
        .map(
            row ->
                new CountryPairCount(
                    (CountryCode) row[0], (CountryCode) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /** The measures that answer this one, earliest first. */
  public List<TradeMeasure> retaliationsAgainst(long measureId) {
    visible(measureId);
    return em.createQuery(
            "select m from TradeMeasure m where m.retaliatesAgainstId = :id"
                + " order by m.inForceFrom, m.id",
            TradeMeasure.class)
        .setParameter("id", measureId)
        .getResultList();
  }

  /** The exemptions that relieve products of this measure, earliest first. */
  public List<TradeMeasure> exemptionsFrom(long measureId) {
    visible(measureId);
    return em.createQuery(
            "select m from TradeMeasure m where m.exemptsFromId = :id"
                + " order by m.inForceFrom, m.id",
            TradeMeasure.class)
        .setParameter("id", measureId)
        .getResultList();
  }

  public List<RevisionEntry> history(long id) {
    return history.of(TradeMeasure.class, TradeMeasure.KIND, id);
  }

  /**
   * The measures a draft links to exist, the caller may see them, and they fit: a retaliation goes
   * the other way, an exemption the same way over products the measure applies to.
   */
  private void checkLinks(Long self, TradeMeasureDraft draft) {
    CountryCode imposing = CountryCode.of(draft.imposingCountry());
    CountryCode target = CountryCode.of(draft.targetCountry());
    Long answers = draft.retaliatesAgainstId();
    if (answers != null) {
      if (answers.equals(self)) {
        throw new RuleViolationException(
            "retaliatesAgainstId", "ca.gc.engagement.trademeasure.retaliation.self");
      }
      linked("retaliatesAgainstId", answers).admitsRetaliationBy(imposing, target);
    }
    Long relieves = draft.exemptsFromId();
    if (relieves != null) {
      if (relieves.equals(self)) {
        throw new RuleViolationException(
            "exemptsFromId", "ca.gc.engagement.trademeasure.exemption.self");
      }
      linked("exemptsFromId", relieves).admitsExemption(imposing, target, draft.productLines());
    }
  }

  private TradeMeasure linked(String field, long id) {
    return find(id).orElseThrow(() -> RuleViolationException.noSuch(field, TradeMeasure.KIND, id));
  }

  private TradeMeasure visible(long id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(TradeMeasure.KIND, id));
  }

  private TradeMeasure current(long id, long expectedVersion) {
    return Versions.current(find(id), TradeMeasure.KIND, id, expectedVersion);
  }
}
