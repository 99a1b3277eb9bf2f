package ca.gc.engagement.carveout.control;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.country.entity.NamedArea;
import ca.gc.engagement.country.entity.RegionCode;
import ca.gc.engagement.sector.control.SectorTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The core rule of the product: whether a proposal touches a carve-out, and exactly how. A
 * carve-out applies when it is active, in effect on the proposal's date (both ends included) and
 * names one of the parties, or no country at all. It then matches
 *
 * <ul>
 *   <li>each sector of the proposal that is one it covers, or below one it covers in the tree;
 *   <li>each region it covers, and each subdivision of a country it covers (CA-NU within CA);
 *   <li>each of its keywords the text contains as a whole word or phrase (see {@link Phrase}), so
 *       that a proposal nobody tagged is still caught by what it says.
 * </ul>
 *
 * Every match is reported, with a sentence that explains it; the verdict is PROHIBITED if any
 * PROHIBIT carve-out matches, REVIEW if only REVIEW ones do, CLEAR otherwise. Plain logic on a
 * snapshot (carve-outs and sector tree as read): it knows nothing of agreements, meetings or
 * clearances, so that every kind of record is screened the same way.
 */
public final class Screening {

  private Screening() {}

  public static ScreeningResult screen(
      Proposal proposal, Collection<CarveOut> carveOuts, SectorTree tree) {
    Set<CountryCode> parties = proposal.countries();
    String text = proposal.text() == null ? "" : Phrase.fold(proposal.text());
    String caseless = Phrase.caseless(text);
    List<Match> matches = new ArrayList<>();
    for (CarveOut carveOut : carveOuts) {
      if (carveOut.appliesTo(parties, proposal.date())) {
        sectors(carveOut, proposal.sectors(), tree, matches);
        regions(carveOut, proposal.regions(), matches);
        keywords(carveOut, text, caseless, matches);
      }
    }
    return ScreeningResult.of(matches);
  }

  private static void sectors(
      CarveOut carveOut, Set<String> sectors, SectorTree tree, List<Match> matches) {
    Set<String> covered = carveOut.getSectors();
    for (String sector : sectors) {
      // the nearest covered sector: the proposal's own if covered, else its closest ancestor
      tree.ancestorsAndSelf(sector).stream()
          .filter(covered::contains)
          .findFirst()
          .ifPresent(
              cover ->
                  matches.add(
                      match(carveOut, MatchKind.SECTOR, sector, why(carveOut, sector, cover))));
    }
  }

  /** "CRITICAL_MINERALS is within NATIONAL_SECURITY, which the ... carve-out covers." */
  private static String why(CarveOut carveOut, String sector, String cover) {
    return cover.equals(sector)
        ? "The " + title(carveOut) + " covers the sector " + sector + "."
        : sector + " is within " + cover + ", which the " + title(carveOut) + " covers.";
  }

  private static void regions(CarveOut carveOut, Set<String> regions, List<Match> matches) {
    Set<String> covered = carveOut.getRegions();
    for (String region : regions) {
      if (covered.contains(region)) {
        matches.add(
            match(
                carveOut,
                MatchKind.REGION,
                region,
                "The " + title(carveOut) + " covers the region " + described(region) + "."));
      } else {
        Optional<String> country =
            RegionCode.isSubdivision(region)
                ? RegionCode.countryOf(region).map(CountryCode::value).filter(covered::contains)
                : Optional.empty();
        country.ifPresent(
            c ->
                matches.add(
                    match(
                        carveOut,
                        MatchKind.REGION,
                        region,
                        region + " is in " + c + ", which the " + title(carveOut) + " covers.")));
      }
    }
  }

  private static void keywords(
      CarveOut carveOut, String foldedText, String caselessText, List<Match> matches) {
    if (foldedText.isBlank()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (String keyword : carveOut.getKeywords()) {
      Phrase phrase = Phrase.of(keyword);
      if (phrase != null
          && phrase.occursIn(foldedText, caselessText)
          && reported.add(Phrase.fold(keyword).toLowerCase(Locale.ROOT))) {
        matches.add(
            match(
                carveOut,
                MatchKind.KEYWORD,
                keyword,
                "The text mentions \u201c"
                    + keyword
                    + "\u201d, a keyword of the "
                    + title(carveOut)
                    + "."));
      }
    }
  }

  private static Match match(CarveOut carveOut, MatchKind kind, String value, String reason) {
    return new Match(
        carveOut.getCode(), carveOut.getClassification(), carveOut.getMode(), kind, value, reason);
  }

  /** "National security carve-out" for a carve-out named "National security" (or so named). */
  private static String title(CarveOut carveOut) {
    String name = carveOut.getName();
    return name.toLowerCase(Locale.ROOT).endsWith("carve-out") ? name : name + " carve-out";
  }

  /** "ARCTIC_WATERS (Arctic waters)" for a named area; the code alone otherwise. */
  private static String described(String region) {
    for (NamedArea area : NamedArea.values()) {
      if (area.name().equals(region)) {
        return region + " (" + area.english() + ")";
      }
    }
    return region;
  }
}
