package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.DepartmentDay;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One SECRET record of each kind, recorded by the approver (the carve-out by the administrator),
 * each carrying the same marker word in its text, several of them attached to a demo mission that
 * everyone reads: whatever shows the marker to a Protected A or B reader has leaked.
 */
final class SecretRecords {

  final String marker = "Zephyrine" + UUID.randomUUID().toString().substring(0, 8);

  /** The SECRET records by collection ("missions") → id. */
  final Map<String, Long> ids = new LinkedHashMap<>();

  /** The Protected A demo mission the SECRET meeting, agreement, statement and follow-up are in. */
  final long openMission;

  SecretRecords(URL deployment, DemoRecords demo) {
    ApiClient approver = ApiClient.as(deployment, "approver");
    openMission = demo.id("missions");
    LocalDate today = DepartmentDay.today();
    Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    record(
        approver,
        "stakeholders",
        """
        {"name": "Envoy %1$s", "title": "Special envoy", "organisation": "%1$s office",
         "kind": "PROVINCIAL", "jurisdiction": "CA-AB", "classification": "SECRET"}
        """
            .formatted(marker));
    record(
        approver,
        "missions",
        """
        {"title": "Mission %1$s", "counterpartCountry": "AU", "hostCity": "Canberra",
         "startDate": "%2$s", "endDate": "%2$s", "lead": "Minister %1$s",
         "objectives": "%1$s objectives", "classification": "SECRET"}
        """
            .formatted(marker, today));
    record(
        approver,
        "meetings",
        """
        {"missionId": %2$d, "title": "Meeting %1$s", "kind": "BILATERAL",
         "startsAt": "%3$s", "endsAt": "%4$s", "timeZone": "Asia/Shanghai",
         "location": "Beijing %1$s", "country": "CN", "participants": [], "topics": ["CANOLA"],
         "agenda": "%1$s agenda", "classification": "SECRET"}
        """
            .formatted(marker, openMission, nextWeek, nextWeek.plus(1, ChronoUnit.HOURS)));
    record(
        approver,
        "agreements",
        """
        {"title": "Arrangement %1$s", "parties": ["CA", "CN"], "missionId": %2$d,
         "sectors": ["CANOLA"], "summary": "%1$s canola quotas.", "classification": "SECRET"}
        """
            .formatted(marker, openMission));
    record(
        approver,
        "statements",
        """
        {"stakeholderId": %2$d, "date": "%3$s", "stance": "SUPPORTS", "sectors": ["CANOLA"],
         "text": "%1$s said so.", "source": {"publication": "Cable %1$s"}, "missionId": %4$d,
         "classification": "SECRET"}
        """
            .formatted(marker, ids.get("stakeholders"), today, openMission));
    record(
        approver,
        "follow-ups",
        """
        {"description": "Follow-up %1$s", "originKind": "MISSION", "originId": %2$d,
         "owner": "%1$s desk", "dueDate": "%3$s", "classification": "SECRET"}
        """
            .formatted(marker, openMission, today.plusDays(3)));
    record(
        approver,
        "trade-measures",
        """
        {"title": "Safeguard %1$s", "imposingCountry": "CA", "targetCountry": "CN",
         "type": "SAFEGUARD", "productLines": [{"description": "%1$s wool", "hsCode": "51"}],
         "sectors": ["CANOLA"], "source": {"publication": "Cabinet minute %1$s"},
         "inForceFrom": "%2$s", "classification": "SECRET"}
        """
            .formatted(marker, today.minusDays(1)));
    record(
        ApiClient.as(deployment, "admin"),
        "carve-outs",
        """
        {"code": "SECRET_%2$s", "name": "Carve-out %1$s", "rationale": "%1$s rationale",
         "policyBasis": "%1$s basis", "sectors": [], "regions": [], "keywords": ["%1$s"],
         "countries": [], "effectiveFrom": "2020-01-01", "mode": "REVIEW",
         "classification": "SECRET"}
        """
            .formatted(
                marker, UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)));
  }

  long id(String collection) {
    return ids.get(collection);
  }

  private void record(ApiClient account, String collection, String body) {
    HttpResponse<String> created = account.postJson(collection, body);
    assertEquals(201, created.statusCode(), collection + ": " + created.body());
    ids.put(collection, json(created).getJsonNumber("id").longValue());
  }
}
