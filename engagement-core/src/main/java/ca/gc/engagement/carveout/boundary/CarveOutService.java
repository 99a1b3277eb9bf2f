package ca.gc.engagement.carveout.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.carveout.control.Screening;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.Screened;
import ca.gc.engagement.carveout.entity.ScreeningAuditEntry;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.TooManyScreeningsException;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/**
 * Carve-outs, and the screening of proposals against them. Everyone reads carve-outs (at or below
 * their clearance) and screens; only administrators declare, revise and retire them.
 *
 * <p>What screening tells a caller never depends on a carve-out above their clearance
 * (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md): a question asked before
 * anything is on file ({@link #screen}) and a meeting's flags weigh only the carve-outs the caller
 * may see. A record whose rules must hold whoever reads it (an agreement) is screened against every
 * carve-out in force ({@link #screenOnFile}); the caller is shown the matches they may see and only
 * that something else matched.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class CarveOutService {

  private static final String IN_FORCE =
      "select c from CarveOut c where c.status = :active and c.effectiveFrom <= :day"
          + " and (c.effectiveUntil is null or c.effectiveUntil >= :day) order by c.code";

  private static final String IN_FORCE_BETWEEN =
      "select c from CarveOut c where c.status = :active and c.effectiveFrom <= :last"
          + " and (c.effectiveUntil is null or c.effectiveUntil >= :first) order by c.code";

  /** The most screenings one account may ask for in {@link #SCREENING_WINDOW}. */
  public static final int SCREENINGS_PER_WINDOW = 60;

  static final Duration SCREENING_WINDOW = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private SectorService sectors;

  @RolesAllowed(ADMIN)
  public CarveOut declare(@NotNull @Valid CarveOutDraft draft) {
    caller.mayRecord(draft.classification());
    sectors.requireKnown(draft.sectors());
    if (codeInUse(draft.code())) {
      throw CarveOutChangeException.codeTaken(draft.code());
    }
    CarveOut carveOut = CarveOut.declare(draft);
    em.persist(carveOut);
    return carveOut;
  }

  public Optional<CarveOut> find(long id) {
    return caller.visible(em.find(CarveOut.class, id));
  }

  /**
   * The carve-out a screening match names, if the caller may see it: code and classification name
   * it, since carve-outs at different classifications may share a code.
   */
  public Optional<CarveOut> find(String code, Classification classification) {
    return em.createQuery(
            "select c from CarveOut c where c.code = :code and c.classification = :classification",
            CarveOut.class)
        .setParameter("code", code)
        .setParameter("classification", classification)
        .getResultStream()
        .findFirst();
  }

  /**
   * Replaces the carve-out's content with the draft (its code stays), if nobody changed it since
   * the caller read version {@code expectedVersion}.
   */
  @RolesAllowed(ADMIN)
  public CarveOut revise(long id, long expectedVersion, @NotNull @Valid CarveOutDraft draft) {
    CarveOut carveOut = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    sectors.requireKnown(draft.sectors());
    if (codeInUseAt(carveOut.getCode(), draft.classification(), id)) {
      throw CarveOutChangeException.codeTaken(carveOut.getCode());
    }
    carveOut.revise(draft);
    em.flush();
    return carveOut;
  }

  /** Ends the carve-out for good; it stays on file. */
  @RolesAllowed(ADMIN)
  public CarveOut retire(long id, long expectedVersion) {
    CarveOut carveOut = current(id, expectedVersion);
    carveOut.moveTo(CarveOutStatus.RETIRED);
    em.flush();
    return carveOut;
  }

  /** Carve-outs by code; two statements whatever the page size. */
  public Page<CarveOut> list(@NotNull @Valid PageRequest request) {
    return list(CarveOutQuery.everything(), request);
  }

  /**
   * Carve-outs matching a query (words in the code or name, a country they apply to, a sector they
   * name with those within it, status, first days in effect), in its order. The same statements
   * whatever the page size: the page, its count, one batch per collection (and, with a sector, the
   * catalogue).
   */
  public Page<CarveOut> list(
      @NotNull @Valid CarveOutQuery query, @NotNull @Valid PageRequest request) {
    Order<CarveOutQuery.Field> order = query.order();
    return Listing.of(CarveOut.class, "c")
        .containing(query.q(), "c.code", "c.name")
        // No countries named: it applies to every country.
        .where(
            "(c.countries is empty or :country member of c.countries)",
            "country",
            query.country() == null ? null : CountryCode.of(query.country()))
        .where(
            "exists (select 1 from CarveOut k join k.sectors s where k.id = c.id and s in :sectors)",
            "sectors",
            sectors.within(query.sector()))
        .where("c.status = :status", "status", query.statusValue())
        .where("c.effectiveFrom >= :from", "from", query.from())
        .where("c.effectiveFrom <= :to", "to", query.to())
        .orderBy(
            switch (order.field()) {
              case CODE -> "c.code";
              case NAME -> "lower(c.name)";
              case EFFECTIVE_FROM -> "c.effectiveFrom";
              case STATUS -> "c.status";
            },
            order.ascending())
        .page(em, request);
  }

  /**
   * The active carve-outs (that the caller may see) that apply to any of the parties on that day,
   * by code.
   */
  public List<CarveOut> inForce(@NotNull Set<CountryCode> parties, @NotNull LocalDate on) {
    return em.createQuery(IN_FORCE, CarveOut.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setParameter("active", CarveOutStatus.ACTIVE)
        .setParameter("day", on)
        .getResultStream()
        .filter(c -> c.appliesTo(parties, on))
        .toList();
  }

  /**
   * Screens a proposal before anything is on file, against the carve-outs in force on its date that
   * the caller may see, with the sector tree as it is now: the answer is the same whatever lies
   * above the caller's clearance. Sectors the catalogue does not have are refused rather than
   * screened as unknown. Every screening is kept on the screening audit (who, when, the verdict);
   * an account that asked for {@link #SCREENINGS_PER_WINDOW} in the last minute, on any node,
   * waits.
   */
  public ScreeningResult screen(@NotNull @Valid Proposal proposal) {
    Instant now = Instant.now();
    String account = caller.name();
    holdBackIfTooMany(account, now);
    ScreeningResult result = screenAgainst(List.of(proposal), false).get(0);
    em.persist(new ScreeningAuditEntry(account, now, result.verdict()));
    return result;
  }

  /**
   * Screens each proposal against the carve-outs the caller may see, as {@link #screen} does, in
   * the order given, reading the carve-outs and the sector tree once for all of them: a page of
   * records is screened in the same few statements whatever its size. Its callers are services
   * flagging stored records (a page of meetings), validated when they were recorded, so the
   * proposals are not validated again: that cascade was a fifth of a list request's time.
   */
  public List<ScreeningResult> screenEach(@NotNull List<@NotNull Proposal> proposals) {
    return screenAgainst(proposals, false);
  }

  /**
   * Screens records on file whose rules hold whoever reads them (agreements), each against every
   * carve-out in force on its date, whatever its classification: a record is never cleared because
   * the one acting on it lacks a clearance. Each comes back with what the caller may be shown and
   * the verdict the rules follow ({@link Screened}). Statements as {@link #screenEach}.
   */
  public List<Screened> screenOnFile(@NotNull List<@NotNull Proposal> proposals) {
    Classification clearance = caller.clearance();
    return screenAgainst(proposals, true).stream()
        .map(full -> new Screened(full.forReader(clearance), full.verdict()))
        .toList();
  }

  private List<ScreeningResult> screenAgainst(List<Proposal> proposals, boolean everyCarveOut) {
    if (proposals.isEmpty()) {
      return List.of();
    }
    sectors.requireKnown(
        proposals.stream()
            .flatMap(p -> p.sectors().stream())
            .collect(Collectors.toUnmodifiableSet()));
    LocalDate first = proposals.stream().map(Proposal::date).min(LocalDate::compareTo).get();
    LocalDate last = proposals.stream().map(Proposal::date).max(LocalDate::compareTo).get();
    List<CarveOut> carveOuts =
        everyCarveOut ? inForceWhateverClearance(first, last) : inForceBetween(first, last);
    SectorTree tree = sectors.tree();
    return proposals.stream().map(proposal -> Screening.screen(proposal, carveOuts, tree)).toList();
  }

  /**
   * Refuses a screening when the account asked for {@link #SCREENINGS_PER_WINDOW} in the window
   * before {@code now}; it may ask again once the oldest of them leaves the window. Counted from
   * the screening audit, so the limit holds across the nodes of a cluster.
   */
  private void holdBackIfTooMany(String account, Instant now) {
    List<Instant> recent =
        em.createQuery(
                "select s.askedAt from ScreeningAuditEntry s where s.account = :account"
                    + " and s.askedAt > :since order by s.askedAt desc",
                Instant.class)
            .setParameter("account", account)
            .setParameter("since", now.minus(SCREENING_WINDOW))
            .setMaxResults(SCREENINGS_PER_WINDOW)
            .getResultList();
    if (recent.size() >= SCREENINGS_PER_WINDOW) {
      Instant oldest = recent.get(recent.size() - 1);
      throw new TooManyScreeningsException(
          SCREENINGS_PER_WINDOW, Duration.between(now, oldest.plus(SCREENING_WINDOW)));
    }
  }

  public List<RevisionEntry> history(long id) {
    return history.of(CarveOut.class, CarveOut.KIND, id);
  }

  /**
   * The active carve-outs in force on some day from {@code first} to {@code last} that the caller
   * may see; screening itself keeps, for each proposal, those in force on its own date.
   */
  private List<CarveOut> inForceBetween(LocalDate first, LocalDate last) {
    return em.createQuery(IN_FORCE_BETWEEN, CarveOut.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setParameter("active", CarveOutStatus.ACTIVE)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /** As {@link #inForceBetween}, whatever their classification. */
  private List<CarveOut> inForceWhateverClearance(LocalDate first, LocalDate last) {
    Session session = em.unwrap(Session.class);
    session.disableFilter(Classified.CLEARANCE_FILTER);
    try {
      return inForceBetween(first, last);
    } finally {
      session
          .enableFilter(Classified.CLEARANCE_FILTER)
          .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
    }
  }

  /**
   * Whether a carve-out the caller may see already has the code. One above the caller's clearance
   * does not count: refusing would tell them that the code exists. The two then differ by
   * classification, which the database keeps unique with the code.
   */
  private boolean codeInUse(String code) {
    return em.createQuery("select count(c) from CarveOut c where c.code = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }

  /**
   * Whether another carve-out has the code at that classification, which the caller may see since
   * they may record at it.
   */
  private boolean codeInUseAt(String code, Classification classification, long except) {
    return em.createQuery(
                "select count(c) from CarveOut c where c.code = :code"
                    + " and c.classification = :classification and c.id <> :except",
                Long.class)
            .setParameter("code", code)
            .setParameter("classification", classification)
            .setParameter("except", except)
            .getSingleResult()
        > 0;
  }

  private CarveOut current(long id, long expectedVersion) {
    return Versions.current(find(id), CarveOut.KIND, id, expectedVersion);
  }
}
