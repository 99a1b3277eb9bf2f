package ca.gc.engagement.agreement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of agreements: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record AgreementPageRepresentation(
    List<AgreementRepresentation> items, int page, int size, long total) {}
