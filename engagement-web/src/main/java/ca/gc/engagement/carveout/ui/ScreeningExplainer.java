package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.country.entity.RegionCode;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.ui.SectorChoices;
import ca.gc.engagement.ui.Regions;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says, in the page's language, why a screening matched: which carve-out (by name), on what, and
 * why. The core's reasons are sentences in English for the API; the pages say the same from the
 * same facts (the carve-out's own sectors and regions, the sector tree) in either language.
 */
@RequestScoped
public class ScreeningExplainer {

  @EJB private CarveOutService carveOuts;

  @EJB private SectorService sectorService;

  @Inject private SectorChoices sectors;

  @Inject private Regions regions;

  private final Map<String, Optional<CarveOut>> byCode = new HashMap<>();

  private SectorTree tree;

  public List<ExplainedMatch> explain(ScreeningResult result) {
    return result == null ? List.of() : result.matches().stream().map(this::explain).toList();
  }

  private ExplainedMatch explain(Match match) {
    Optional<CarveOut> carveOut =
        byCode.computeIfAbsent(
            match.carveOutCode() + "@" + match.carveOutClassification(),
            key -> carveOuts.find(match.carveOutCode(), match.carveOutClassification()));
    String name = carveOut.map(CarveOut::getName).orElse(match.carveOutCode());
    return new ExplainedMatch(
        carveOut.map(CarveOut::getId).orElse(null),
        match.carveOutCode(),
        name,
        match.mode(),
        match.kind(),
        match.value(),
        label(match),
        carveOut.map(c -> reason(c, match)).orElse(match.reason()));
  }

  private String label(Match match) {
    return switch (match.kind()) {
      case SECTOR -> sectors.name(match.value()) + " (" + match.value() + ")";
      case REGION -> regionLabel(match.value());
      case KEYWORD -> match.value();
    };
  }

  private String regionLabel(String code) {
    String label = regions.label(code);
    return label.equals(code) ? code : label + " (" + code + ")";
  }

  private String reason(CarveOut carveOut, Match match) {
    String name = carveOut.getName();
    return switch (match.kind()) {
      case SECTOR -> {
        String cover =
            tree().ancestorsAndSelf(match.value()).stream()
                .filter(carveOut.getSectors()::contains)
                .findFirst()
                .orElse(match.value());
        yield cover.equals(match.value())
            ? Views.text("screening.reason.sector", name, label(match))
            : Views.text(
                "screening.reason.sectorWithin",
                name,
                label(match),
                sectors.name(cover) + " (" + cover + ")");
      }
      case REGION -> {
        Optional<String> country =
            carveOut.getRegions().contains(match.value())
                ? Optional.empty()
                : RegionCode.countryOf(match.value()).map(CountryCode::value);
        yield country.isEmpty()
            ? Views.text("screening.reason.region", name, label(match))
            : Views.text(
                "screening.reason.regionWithin", name, label(match), regionLabel(country.get()));
      }
      case KEYWORD -> Views.text("screening.reason.keyword", name, match.value());
    };
  }

  private SectorTree tree() {
    if (tree == null) {
      tree = sectorService.tree();
    }
    return tree;
  }
}
