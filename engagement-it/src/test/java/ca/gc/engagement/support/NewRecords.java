package ca.gc.engagement.support;

import java.util.Locale;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * A valid JSON body for a new record of each collection API v1 keeps, Protected A, each with a
 * title, name or code of its own, built on the demo dataset's records (a stakeholder to quote, a
 * mission to follow up) as {@code demoIds} finds them.
 */
public final class NewRecords {

  private final ToLongFunction<String> demoIds;

  /**
   * @param demoIds the id of a demo record of a collection ("stakeholders") that everyone may read
   */
  public NewRecords(ToLongFunction<String> demoIds) {
    this.demoIds = demoIds;
  }

  /** A body for a new record of the collection ("missions", "sectors"). */
  public String body(String collection) {
    return switch (collection) {
      case "missions" -> mission();
      case "meetings" -> meeting();
      case "agreements" -> agreement();
      case "statements" -> statement();
      case "stakeholders" -> stakeholder();
      case "trade-measures" -> tradeMeasure();
      case "follow-ups" -> followUp();
      case "carve-outs" -> carveOut();
      case "sectors" -> sector();
      default -> throw new IllegalArgumentException("No records are kept as " + collection);
    };
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private String mission() {
    return """
        {"title": "Matrix mission %s", "counterpartCountry": "KR", "hostCity": "Seoul",
         "startDate": "2026-05-04", "endDate": "2026-05-06", "lead": "Minister of Trade",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String meeting() {
    return """
        {"title": "Matrix meeting %s", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"}],
         "topics": ["CANOLA"], "agenda": "Canola exports", "classification": "PROTECTED_A"}
        """
        .formatted(unique(), demoIds.applyAsLong("stakeholders"));
  }

  private String agreement() {
    return """
        {"title": "Matrix canola relief %s", "parties": ["CN", "CA"], "sectors": ["CANOLA"],
         "summary": "China cuts its duties on Canadian canola seed.",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String statement() {
    return """
        {"stakeholderId": %d, "date": "2026-01-14", "stance": "OPPOSES",
         "sectors": ["CANOLA"], "text": "Matrix statement %s",
         "source": {"publication": "Press conference, Regina", "url": "https://example.org/moe"},
         "classification": "PROTECTED_A"}
        """
        .formatted(demoIds.applyAsLong("stakeholders"), unique());
  }

  private String stakeholder() {
    return """
        {"name": "Matrix minister %s", "title": "Minister of Agriculture",
         "organisation": "Government of Alberta", "kind": "PROVINCIAL", "jurisdiction": "CA-AB",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String tradeMeasure() {
    return """
        {"title": "Matrix surtax %s", "imposingCountry": "CA", "targetCountry": "CN",
         "type": "SURTAX", "productLines": [{"description": "Solar panels", "hsCode": "8541.43"}],
         "sectors": ["CLEAN_ENERGY"],
         "source": {"publication": "Canada Gazette, Part I", "url": "https://gazette.gc.ca/n.html"},
         "inForceFrom": "2026-07-01",
         "rates": [{"effectiveFrom": "2026-07-01", "rate": 25, "note": "First year"}],
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String followUp() {
    return """
        {"description": "Matrix follow-up %s", "originKind": "MISSION", "originId": %d,
         "owner": "Korea Division", "dueDate": "2030-05-20", "classification": "PROTECTED_A"}
        """
        .formatted(unique(), demoIds.applyAsLong("missions"));
  }

  private String sector() {
    return """
        {"code": "MATRIX_%s", "parent": "AGRI_FOOD", "englishName": "Matrix %s",
         "frenchName": "Matrice %s"}
        """
        .formatted(unique(), unique(), unique());
  }

  private String carveOut() {
    return """
        {"code": "MATRIX_%s", "name": "Matrix capelin",
         "rationale": "Capelin stocks are weighed case by case.",
         "policyBasis": "Fisheries Act", "sectors": ["SEAFOOD"], "regions": [],
         "keywords": ["capelin"], "countries": ["IS"],
         "effectiveFrom": "2030-01-01", "mode": "REVIEW", "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }
}
