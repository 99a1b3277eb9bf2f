package ca.gc.engagement.concurrency;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.DepartmentDay;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lifecycle step and an edit of the same agreement sent at the same moment with the same ETag,
 * round after round: one of them is kept and the other told the record changed (412). Then the
 * loser tries again on what it reads: an edit after a withdrawal or a signature is refused (the
 * content is closed) and changes nothing, a step after an edit goes through. Whoever won, the
 * agreement ends in a state the lifecycle allows, with its content the winner's, and the history
 * holds one revision per change kept.
 */
class TransitionAndEditRaceIT extends AgainstTheBuiltEar {

  private static final int ROUNDS = 12;

  @ParameterizedTest(name = "{0} from {1} against an edit")
  @CsvSource({
    "WITHDRAWN, PROPOSED, true",
    "UNDER_NEGOTIATION, PROPOSED, false",
    "SIGNED, UNDER_NEGOTIATION, true",
  })
  void aStepAndAnEditRacingLeaveALegalAgreement(String step, String from, boolean closes)
      throws Exception {
    ApiClient approver = ApiClient.as(deployment, "approver");
    for (int round = 0; round < ROUNDS; round++) {
      String original = "Race " + step + " " + UUID.randomUUID();
      String edited = original + " (edited)";
      HttpResponse<String> created = approver.postJson("agreements", agreement(original));
      assertEquals(201, created.statusCode(), created.body());
      URI record = location(created);
      String tag = etag(created);
      int revisions = 1;
      if (from.equals("UNDER_NEGOTIATION")) {
        HttpResponse<String> opened =
            approver.post(URI.create(record + "/transitions"), tag, transition(from));
        assertEquals(200, opened.statusCode(), opened.body());
        tag = etag(opened);
        revisions++;
      }
      String raceTag = tag;
      ApiClient stepper = ApiClient.as(deployment, "approver");
      ApiClient editor = ApiClient.as(deployment, "approver");

      List<HttpResponse<String>> answers =
          AtOnce.send(
              List.of(
                  () ->
                      stepper.post(URI.create(record + "/transitions"), raceTag, transition(step)),
                  () -> editor.put(record, raceTag, agreement(edited))));

      HttpResponse<String> stepAnswer = answers.get(0);
      HttpResponse<String> editAnswer = answers.get(1);
      boolean stepWon = stepAnswer.statusCode() == 200;
      assertEquals(
          List.of(200, 412),
          List.of(
              stepWon ? stepAnswer.statusCode() : editAnswer.statusCode(),
              stepWon ? editAnswer.statusCode() : stepAnswer.statusCode()),
          "round " + round + ": step " + stepAnswer.body() + " / edit " + editAnswer.body());
      Answers.problem(stepWon ? editAnswer : stepAnswer, 412);
      revisions++;

      // The loser reads the record again and makes its change again.
      String fresh = etag(approver.get(record));
      if (stepWon) {
        HttpResponse<String> editAgain = approver.put(record, fresh, agreement(edited));
        if (closes) {
          assertEquals(422, Answers.problem(editAgain, 422).getInt("status"));
        } else {
          assertEquals(200, editAgain.statusCode(), editAgain.body());
          revisions++;
        }
      } else {
        HttpResponse<String> stepAgain =
            approver.post(URI.create(record + "/transitions"), fresh, transition(step));
        assertEquals(200, stepAgain.statusCode(), stepAgain.body());
        revisions++;
      }

      JsonObject end = json(approver.get(record));
      assertEquals(step, end.getString("status"), "round " + round);
      assertEquals(
          stepWon && closes ? original : edited,
          end.getString("title"),
          "round " + round + ": the content is the last change the lifecycle allowed");
      List<JsonObject> steps = end.getJsonArray("transitions").getValuesAs(JsonObject.class);
      assertEquals(step, steps.get(steps.size() - 1).getString("to"), "round " + round);
      assertEquals(
          revisions,
          Answers.history(approver.get(URI.create(record + "/history"))).size(),
          "round " + round + ": one revision per change kept");
      assertTrue(end.getInt("version") == revisions - 1, "round " + round + ": " + end);
    }
  }

  private static String agreement(String title) {
    return """
        {"title": "%s", "parties": ["CA", "CN"], "sectors": ["CANOLA"],
         "summary": "China cuts its duties on Canadian canola seed.",
         "classification": "UNCLASSIFIED"}
        """
        .formatted(title);
  }

  private static String transition(String to) {
    return """
        {"to": "%s", "on": "%s", "justification": "Race round"}
        """
        .formatted(to, DepartmentDay.today());
  }
}
