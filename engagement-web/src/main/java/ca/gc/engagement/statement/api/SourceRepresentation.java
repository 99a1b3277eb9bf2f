package ca.gc.engagement.statement.api;

import ca.gc.engagement.statement.entity.Source;
import ca.gc.engagement.statement.entity.SourceDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a statement is on record, in requests and representations alike: publication and url. */
@JsonbPropertyOrder({"publication", "url"})
@Schema(name = "StatementSource", description = "Where a statement is on record.")
public record SourceRepresentation(String publication, String url) {

  static SourceRepresentation of(Source source) {
    return new SourceRepresentation(source.getPublication(), source.getUrl());
  }

  SourceDraft toDraft() {
    return new SourceDraft(publication, url);
  }
}
