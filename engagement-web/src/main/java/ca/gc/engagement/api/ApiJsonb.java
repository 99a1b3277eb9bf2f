package ca.gc.engagement.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that writes the API's answers. Without it RESTEasy builds a Jsonb for
 * each answer and closes it afterwards, and Yasson then studies the representation classes anew
 * every time: about a twentieth of the server's time in the benchmark's profile
 * (docs/benchmarks.md). JSON-B's default configuration, so the JSON is what it was.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ApiJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** The same instance, for what writes JSON outside JAX-RS (the servlet filters' problems). */
  static Jsonb shared() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
