package ca.gc.engagement.trademeasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Where a measure is published, so that a reader can check it: the notice and its address. */
@Embeddable
public class Source implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "source_publication", length = 300, nullable = false)
  private String publication;

  @Column(name = "source_address", length = 1000)
  private String address;

  protected Source() {}

  static Source of(SourceDraft draft) {
    Source source = new Source();
    source.publication = draft.publication().strip();
    source.address = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
    return source;
  }

  public String getPublication() {
    return publication;
  }

  /** The notice's web address (http or https); null for a source that is not online. */
  public String getAddress() {
    return address;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Source source
        && Objects.equals(publication, source.publication)
        && Objects.equals(address, source.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(publication, address);
  }
}
