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
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.StaleEdits;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.control.ClearanceFilter;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * <p>Screening weighs every carve-out in force, whatever the caller's clearance: a proposal must
 * not come back CLEAR because its reader may not see the carve-out that forbids it. The matches of
 * a carve-out above the caller's clearance are withheld from the result (only counted), so that
 * nothing it covers is revealed.
 */
@Stateless
@Interceptors({StaleEdits.class, ClearanceFilter.class})
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class CarveOutService {

  private static final String IN_FORCE =
      "select c from CarveOut c where c.status = :active and c.effectiveFrom <= :day"
          + " and (c.effectiveUntil is null or c.effectiveUntil >= :day) order by c.code";

  private static final String IN_FORCE_BETWEEN =
      "select c from CarveOut c where c.status = :active and c.effectiveFrom <= :last"
          + " and (c.effectiveUntil is null or c.effectiveUntil >= :first) order by c.code";

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

  public Optional<CarveOut> findByCode(String code) {
    return em.createQuery("select c from CarveOut c where c.code = :code", CarveOut.class)
        .setParameter("code", code)
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
   * Screens a proposal against every carve-out in force on its date, with the sector tree as it is
   * now. Sectors the catalogue does not have are refused rather than screened as unknown.
   */
  public ScreeningResult screen(@NotNull @Valid Proposal proposal) {
    return screenAll(List.of(proposal)).get(0);
  }

  /**
   * Screens each proposal as {@link #screen} does, in the order given, reading the carve-outs and
   * the sector tree once for all of them: a page of records is screened in the same few statements
   * whatever its size. Its callers are services screening stored records (a page of meetings, of
   * agreements), validated when they were recorded, so the proposals are not validated again: that
   * cascade was a fifth of a list request's time.
   */
  public List<ScreeningResult> screenEach(@NotNull List<@NotNull Proposal> proposals) {
    return screenAll(proposals);
  }

  private List<ScreeningResult> screenAll(List<Proposal> proposals) {
    if (proposals.isEmpty()) {
      return List.of();
    }
    sectors.requireKnown(
        proposals.stream()
            .flatMap(p -> p.sectors().stream())
            .collect(Collectors.toUnmodifiableSet()));
    LocalDate first = proposals.stream().map(Proposal::date).min(LocalDate::compareTo).get();
    LocalDate last = proposals.stream().map(Proposal::date).max(LocalDate::compareTo).get();
    List<CarveOut> all = inForceWhateverClearance(first, last);
    SectorTree tree = sectors.tree();
    Classification clearance = caller.clearance();
    Set<String> above =
        all.stream()
            .filter(c -> !clearance.covers(c.getClassification()))
            .map(CarveOut::getCode)
            .collect(Collectors.toSet());
    return proposals.stream()
        .map(proposal -> Screening.screen(proposal, all, tree).withholding(above))
        .toList();
  }

  public List<RevisionEntry> history(long id) {
    return history.of(CarveOut.class, CarveOut.KIND, id);
  }

  /**
   * The active carve-outs in force on some day from {@code first} to {@code last}, whatever their
   * classification; screening itself keeps, for each proposal, those in force on its own date.
   */
  private List<CarveOut> inForceWhateverClearance(LocalDate first, LocalDate last) {
    Session session = em.unwrap(Session.class);
    session.disableFilter(Classified.CLEARANCE_FILTER);
    try {
      return em.createQuery(IN_FORCE_BETWEEN, CarveOut.class)
          .setHint(HibernateHints.HINT_CACHEABLE, true)
          .setParameter("active", CarveOutStatus.ACTIVE)
          .setParameter("first", first)
          .setParameter("last", last)
          .getResultList();
    } finally {
      session
          .enableFilter(Classified.CLEARANCE_FILTER)
          .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
    }
  }

  /** Whether any carve-out has the code, whatever its classification. */
  private boolean codeInUse(String code) {
    Number count =
        (Number)
            em.createNativeQuery("select count(*) from carve_out where code = :code")
                .setParameter("code", code)
                .getSingleResult();
    return count.longValue() > 0;
  }

  private CarveOut current(long id, long expectedVersion) {
    return Versions.current(find(id), CarveOut.KIND, id, expectedVersion);
  }
}
