package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.client.ApiClient;
import ca.gc.engagement.client.ApiException;
import ca.gc.engagement.client.ApiResponse;
import ca.gc.engagement.client.api.ChangesApi;
import ca.gc.engagement.client.api.MissionsApi;
import ca.gc.engagement.client.model.ChangePage;
import ca.gc.engagement.client.model.Classification;
import ca.gc.engagement.client.model.CountryCode;
import ca.gc.engagement.client.model.MissionRepresentation;
import ca.gc.engagement.client.model.MissionRequest;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A department integrating from the OpenAPI document alone: the Java client {@code
 * openapi-generator} makes from docs/openapi.json (the reviewed contract, which {@code
 * OpenApiDocumentIT} holds equal to what the server serves) plans a mission, reads it and revises
 * it with the ETag it was given as {@code If-Match}, and is refused a second revision on the same,
 * now stale, tag, and finds its creation and its revision in the change feed. Nothing here but the
 * generated classes and the server's address.
 */
class GeneratedClientIT extends AgainstTheBuiltEar {

  @Test
  void aGeneratedClientPlansReadsAndRevisesAMissionWithItsETag() throws Exception {
    MissionsApi missions = new MissionsApi(client("officer"));
    MissionRequest plan =
        new MissionRequest()
            .title("Trade mission planned by a department's generated client")
            .counterpartCountry(CountryCode.CN)
            .hostCity("Shanghai")
            .startDate(LocalDate.of(2026, 5, 4))
            .endDate(LocalDate.of(2026, 5, 6))
            .lead("Minister of International Trade")
            .classification(Classification.UNCLASSIFIED);

    ApiResponse<MissionRepresentation> planned = missions.missionsPlanWithHttpInfo(plan);
    assertEquals(201, planned.getStatusCode());
    long id = planned.getData().getId();
    String tag = header(planned, "ETag");
    assertTrue(
        header(planned, "Location").endsWith("/missions/" + id), planned.getHeaders()::toString);

    ApiResponse<MissionRepresentation> read = missions.missionsReadWithHttpInfo(id, null);
    assertEquals(tag, header(read, "ETag"));
    assertEquals(CountryCode.CN.getValue(), read.getData().getCounterpartCountry());

    ApiResponse<MissionRepresentation> revised =
        missions.missionsReviseWithHttpInfo(id, tag, plan.lead("Prime Minister"));
    assertEquals(200, revised.getStatusCode());
    assertEquals("Prime Minister", revised.getData().getLead());
    assertEquals(planned.getData().getVersion() + 1, revised.getData().getVersion());
    assertNotEquals(tag, header(revised, "ETag"));
    assertEquals(revised.getData(), missions.missionsRead(id, null));
    assertEquals(List.of("CREATED", "CHANGED"), feedOf(id));

    ApiException stale =
        assertThrows(
            ApiException.class, () -> missions.missionsRevise(id, tag, plan.lead("Nobody")));
    assertEquals(412, stale.getCode());
    assertTrue(stale.getResponseBody().contains("stale-record"), stale.getResponseBody());
  }

  /** What the change feed says of the mission, read from the beginning as a first sync would. */
  private List<String> feedOf(long mission) throws ApiException {
    ChangesApi changes = new ChangesApi(client("officer"));
    List<String> seen = new ArrayList<>();
    String after = null;
    for (ChangePage page;
        !(page = changes.changesChanges(after, "missions", 200, null)).getItems().isEmpty();
        after = page.getNext()) {
      page.getItems().stream()
          .filter(entry -> entry.getId() == mission)
          .map(entry -> entry.getChange().getValue())
          .forEach(seen::add);
    }
    return seen;
  }

  /** The generated client, pointed at this server and signed in as a demo account. */
  private ApiClient client(String account) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(
        deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort());
    String credentials = ca.gc.engagement.support.ApiClient.basic(account, account + "-demo");
    client.setRequestInterceptor(request -> request.header("Authorization", credentials));
    return client;
  }

  private static String header(ApiResponse<?> response, String name) {
    return response.getHeaders().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .flatMap(List::stream)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + response.getHeaders()));
  }
}
