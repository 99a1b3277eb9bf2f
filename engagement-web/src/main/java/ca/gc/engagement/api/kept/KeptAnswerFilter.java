package ca.gc.engagement.api.kept;

import ca.gc.engagement.api.ConditionalReads;
import ca.gc.engagement.api.WrittenAnswer;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a {@link KeptAnswer} GET its kept answer when there is a current one, and otherwise keeps
 * the JSON answer the resource computes, with the headers and tag ({@code ReadAnswers}) it is sent
 * with. A conditional GET ({@code If-None-Match} with the answer's ETag) is answered {@code 304 Not
 * Modified} from a kept answer here, and from one computed anew by {@code ConditionalReads}: a
 * list's tag names its bytes, so one computed anew because something was written since is still 304
 * when its bytes came out the same (a write the caller may not even see must not show as a 200); a
 * meeting's tag is its version. The caller is authenticated before this runs (the servlet filters);
 * whether they may read at all is decided by the services when the answer is first computed, for
 * exactly this caller, roles and clearance (the {@link Question}). A caller who sends {@code
 * Cache-Control: no-cache} gets an answer computed anew. Every such answer says {@code
 * Cache-Control: no-store}, as every signed-in answer does (SecurityHeaders): nothing classified is
 * kept in a browser's or proxy's cache; a client that remembers the tag itself may still send it
 * back.
 */
@Provider
@KeptAnswer
@ApplicationScoped
@Priority(Priorities.USER)
public class KeptAnswerFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String CACHE_CONTROL = "no-store";

  private static final List<String> ROLES =
      List.of(Role.VIEWER, Role.OFFICER, Role.APPROVER, Role.ADMIN);
  private static final String QUESTION = KeptAnswerFilter.class.getName() + ".question";
  private static final String SINCE = KeptAnswerFilter.class.getName() + ".since";

  @Inject KeptAnswers answers;

  /** Its day is part of the question: a list of what is overdue changes at its midnight. */
  @Inject Department department;

  /** The application's writers, to compute a list's bytes (and so its tag) before answering. */
  @Context Providers providers;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (!HttpMethod.GET.equals(request.getMethod()) || caller == null) {
      return;
    }
    Question question = question(request, caller);
    var kept = askedAfresh(request) ? Optional.<Answer>empty() : answers.current(question);
    if (kept.isEmpty()) {
      request.setProperty(QUESTION, question);
      request.setProperty(SINCE, answers.now());
      return;
    }
    Answer answer = kept.get();
    if (answer.tag() != null && ConditionalReads.notModified(request, answer.tag())) {
      request.abortWith(
          Response.notModified()
              .header(HttpHeaders.ETAG, answer.tag())
              .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
              .build());
      return;
    }
    Response.ResponseBuilder given = Response.ok(answer.body(), answer.mediaType());
    answer.headers().forEach((name, values) -> values.forEach(v -> given.header(name, v)));
    request.abortWith(given.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != Response.Status.OK.getStatusCode()) {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (request.getProperty(QUESTION) == null
        || !response.hasEntity()
        || response.getMediaType() == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      return;
    }
    MediaType mediaType = response.getMediaType();
    byte[] body = WrittenAnswer.bytesOf(response, providers);
    Answer answer =
        Answer.of(
            (Long) request.getProperty(SINCE), body, mediaType.toString(), response.getHeaders());
    answers.keep((Question) request.getProperty(QUESTION), answer);
    response.setEntity(body, new Annotation[0], mediaType);
  }

  private Question question(ContainerRequestContext request, Principal caller) {
    SecurityContext security = request.getSecurityContext();
    Set<String> roles =
        ROLES.stream().filter(security::isUserInRole).collect(Collectors.toUnmodifiableSet());
    URI asked = request.getUriInfo().getRequestUri();
    return new Question(
        caller.getName(),
        roles,
        Classification.clearanceOf(security::isUserInRole).name(),
        asked.getScheme()
            + "://"
            + asked.getRawAuthority()
            + asked.getRawPath()
            + "?"
            + asked.getRawQuery(),
        request.getHeaderString(HttpHeaders.ACCEPT),
        request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
        department.today());
  }

  /**
   * Whether the caller asks for an answer computed now ({@code Cache-Control: no-cache}): it is
   * computed, and kept in place of the one kept before.
   */
  static boolean askedAfresh(ContainerRequestContext request) {
    String control = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
    return control != null && control.toLowerCase(Locale.ROOT).contains("no-cache");
  }
}
