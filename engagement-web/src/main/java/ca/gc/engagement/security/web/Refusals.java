package ca.gc.engagement.security.web;

import ca.gc.engagement.api.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The problem bodies the protections answer the API with, as every other API error. */
final class Refusals {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Refusals() {}

  static String json(int status, String type, String title, String detail, String path) {
    return JSONB.toJson(
        new Problem(Problem.type(type), title, status, detail, URI.create(path), List.of()));
  }

  static void problem(
      HttpServletResponse response,
      int status,
      String type,
      String title,
      String detail,
      String path)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json(status, type, title, detail, path));
  }
}
