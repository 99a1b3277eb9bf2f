package ca.gc.engagement.sector.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.envers.Audited;

/**
 * A node of the sector reference tree that agreements, measures and carve-outs are tagged with.
 * Identified by its code, which is part of the public API contract and so never changes: a sector
 * is renamed or moved, and when it is no longer wanted it is retired, never deleted, so that every
 * record ever tagged with it still reads (and still screens) the same. Reference data, not a
 * record: not classified, but every change is on the audit trail. Read by every screening and every
 * sector filter and changed only by an administrator, so it is kept in the second-level cache
 * (docs/decisions/0025-query-cache.md).
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "sector")
@Audited
public class Sector implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String KIND = "sector";

  @Id
  @Column(length = 40)
  private String code;

  @Version private long version;

  /** The code of the sector this one is within; null at the top of the tree. */
  @Column(name = "parent_code", length = 40)
  private String parent;

  @NotBlank
  @Size(max = 120)
  @Column(name = "name_en")
  private String englishName;

  @NotBlank
  @Size(max = 120)
  @Column(name = "name_fr")
  private String frenchName;

  @Column(nullable = false)
  private boolean retired;

  protected Sector() {}

  public static Sector add(SectorDraft draft) {
    Sector sector = new Sector();
    sector.code = draft.code();
    sector.revise(draft);
    return sector;
  }

  /**
   * Takes the draft's names and parent. The code is the sector's identity: a draft for another code
   * is refused, since an API client would otherwise believe it renamed the code.
   */
  public void revise(SectorDraft draft) {
    if (!code.equals(draft.code())) {
      throw SectorChangeException.codeIsFixed(code, draft.code());
    }
    parent = draft.parent();
    englishName = draft.englishName().strip();
    frenchName = draft.frenchName().strip();
  }

  /** No longer offered for new tagging; it stays in the tree for the records that carry it. */
  public void retire() {
    retired = true;
  }

  public String getCode() {
    return code;
  }

  public long getVersion() {
    return version;
  }

  public Optional<String> getParent() {
    return Optional.ofNullable(parent);
  }

  public String getEnglishName() {
    return englishName;
  }

  public String getFrenchName() {
    return frenchName;
  }

  /** The name in the reader's language: French for a French reader, English otherwise. */
  public String name(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? frenchName : englishName;
  }

  public boolean isRetired() {
    return retired;
  }
}
