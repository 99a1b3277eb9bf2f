package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A carve-out as API v1 shows it: the contract other departments code against. Its sets come in
 * alphabetical order; no {@code countries} means every country.
 */
@JsonbPropertyOrder({
  "id",
  "version",
  "code",
  "name",
  "rationale",
  "policyBasis",
  "sectors",
  "regions",
  "keywords",
  "countries",
  "effectiveFrom",
  "effectiveUntil",
  "mode",
  "status",
  "classification"
})
public record CarveOutRepresentation(
    long id,
    long version,
    String code,
    String name,
    String rationale,
    String policyBasis,
    List<String> sectors,
    List<String> regions,
    List<String> keywords,
    List<String> countries,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    CarveOutMode mode,
    CarveOutStatus status,
    Classification classification) {

  static CarveOutRepresentation of(CarveOut carveOut) {
    return new CarveOutRepresentation(
        carveOut.getId(),
        carveOut.getVersion(),
        carveOut.getCode(),
        carveOut.getName(),
        carveOut.getRationale(),
        carveOut.getPolicyBasis(),
        List.copyOf(carveOut.getSectors()),
        List.copyOf(carveOut.getRegions()),
        List.copyOf(carveOut.getKeywords()),
        carveOut.getCountries().stream().map(CountryCode::value).toList(),
        carveOut.getEffectiveFrom(),
        carveOut.getEffectiveUntil(),
        carveOut.getMode(),
        carveOut.getStatus(),
        carveOut.getClassification());
  }
}
