package ca.gc.engagement.statement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where a statement is on record. Compared by value, so that the history reports the source as
 * changed only when its publication or address did.
 */
@Embeddable
public class Source implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  @Column(name = "source_publication")
  private String publication;

  @Size(max = 2000)
  @Column(name = "source_url")
  private String url;

  protected Source() {}

  static Source of(SourceDraft draft) {
    Source source = new Source();
    source.publication = draft.publication().strip();
    source.url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
    return source;
  }

  public String getPublication() {
    return publication;
  }

  /** An http or https address, or null when the source is not online. */
  public String getUrl() {
    return url;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Source that
        && Objects.equals(publication, that.publication)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(publication, url);
  }
}
