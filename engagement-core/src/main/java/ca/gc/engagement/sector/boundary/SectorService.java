package ca.gc.engagement.sector.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.SectorDraft;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * The sector catalogue. Everyone reads it; only administrators extend or change it, and never by
 * deleting: a sector no longer wanted is retired. The other aggregates' services check the sectors
 * their records name through {@link #requireKnown}, and screening reads the {@link #tree()}.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class SectorService {

  @PersistenceContext private EntityManager em;

  @EJB private RecordHistory history;

  /** Every sector, retired ones included (they still label records), by code. */
  public List<Sector> all() {
    return em.createQuery("select s from Sector s order by s.code", Sector.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  /** The sectors offered for new tagging, by code. */
  public List<Sector> inUse() {
    return em.createQuery(
            "select s from Sector s where s.retired = false order by s.code", Sector.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  /** Who changed the sector, and when (sectors are reference data: no classification). */
  public List<RevisionEntry> history(String code) {
    return history.ofReference(Sector.class, "sector", code);
  }

  public Optional<Sector> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Sector.class, code));
  }

  /**
   * The tree as stored now, retired sectors included: a record tagged with a retired sector is
   * still within that sector's ancestors, and must still screen as such.
   */
  public SectorTree tree() {
    return SectorTree.of(
        em
            .createQuery("select s.code, s.parent from Sector s", Object[].class)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getResultList() // a stream would bypass the query cache
            .stream()
            .map(row -> new SectorTree.Node((String) row[0], (String) row[1]))
            .toList());
  }

  /**
   * The sector and every sector within it, at any depth, for a list filtered by sector: a record
   * tagged with a sector below it is about it too. Empty when no sector is given; an unknown one is
   * refused.
   */
  public Set<String> within(String code) {
    if (code == null || code.isBlank()) {
      return Set.of();
    }
    requireKnown(Set.of(code));
    return tree().descendantsAndSelf(code);
  }

  /**
   * Refuses sector codes the catalogue does not have, naming all of them. Retired sectors are
   * known: the records that already carry one stay valid when revised.
   */
  public void requireKnown(Set<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return;
    }
    Set<String> wanted = new HashSet<>(codes);
    wanted.remove(null);
    Set<String> unknown = new HashSet<>(wanted);
    if (!wanted.isEmpty()) {
      em.createQuery("select s.code from Sector s where s.code in :codes", String.class)
          .setHint(HibernateHints.HINT_CACHEABLE, true)
          .setParameter("codes", wanted)
          .getResultList()
          .forEach(unknown::remove);
    }
    if (!unknown.isEmpty()) {
      throw new UnknownSectorException(unknown);
    }
  }

  @RolesAllowed(ADMIN)
  public Sector add(@NotNull @Valid SectorDraft draft) {
    if (em.find(Sector.class, draft.code()) != null) {
      throw SectorChangeException.codeTaken(draft.code());
    }
    requireParent(draft.code(), draft.parent());
    Sector sector = Sector.add(draft);
    em.persist(sector);
    return sector;
  }

  /**
   * Renames and re-parents a sector (its code stays), if nobody changed it since the caller read
   * version {@code expectedVersion}.
   */
  @RolesAllowed(ADMIN)
  public Sector revise(String code, long expectedVersion, @NotNull @Valid SectorDraft draft) {
    Sector sector = current(code, expectedVersion);
    if (!Objects.equals(sector.getParent().orElse(null), draft.parent())) {
      requireParent(code, draft.parent());
    }
    sector.revise(draft);
    em.flush();
    return sector;
  }

  @RolesAllowed(ADMIN)
  public Sector retire(String code, long expectedVersion) {
    Sector sector = current(code, expectedVersion);
    sector.retire();
    em.flush();
    return sector;
  }

  /** The parent exists, is in use, and is not the sector itself or below it. */
  private void requireParent(String code, String parent) {
    if (parent == null) {
      return;
    }
    Sector above = find(parent).orElseThrow(() -> new UnknownSectorException(Set.of(parent)));
    if (!tree().canPlace(code, parent)) {
      throw SectorChangeException.cycle(code, parent);
    }
    if (above.isRetired()) {
      throw SectorChangeException.retiredParent(code, parent);
    }
  }

  /** The sector being changed: not there is "not found" (a sector it names would be unknown). */
  private Sector current(String code, long expectedVersion) {
    Sector sector = find(code).orElseThrow(() -> new RecordNotFoundException(Sector.KIND, code));
    if (sector.getVersion() != expectedVersion) {
      // A sector has a code, not a numeric id; the exception's message does not show the id.
      throw new StaleRecordException(Sector.KIND, 0);
    }
    return sector;
  }
}
