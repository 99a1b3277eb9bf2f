package ca.gc.engagement.statement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of statements: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record StatementPageRepresentation(
    List<StatementRepresentation> items, int page, int size, long total) {}
