package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.Source;
import ca.gc.engagement.trademeasure.entity.SourceDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a measure is published, read and written alike: {@code {publication, url}}. */
@JsonbPropertyOrder({"publication", "url"})
@Schema(name = "TradeMeasureSource", description = "Where a measure is published.")
public record SourceRepresentation(String publication, String url) {

  static SourceRepresentation of(Source source) {
    return new SourceRepresentation(source.getPublication(), source.getAddress());
  }

  SourceDraft toDraft() {
    return new SourceDraft(publication, url);
  }
}
