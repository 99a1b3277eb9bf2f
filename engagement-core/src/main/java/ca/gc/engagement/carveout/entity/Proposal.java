package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.country.entity.Region;
import ca.gc.engagement.sector.entity.SectorCode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Anything that may touch a carve-out, as screening sees it: the countries party to it, the sectors
 * and regions it is tagged with, its words (title, description, agenda: whatever the caller has)
 * and the day it would take effect. An agreement, a meeting's agenda or a statement are all
 * screened as a proposal; nothing here is specific to one of them. An absent list is an empty one;
 * null entries are no entries.
 */
public record Proposal(
    @NotEmpty(message = "{ca.gc.engagement.carveout.parties.required}")
        Set<@IsoCountry String> parties,
    Set<@SectorCode String> sectors,
    Set<@Region String> regions,
    @Size(max = 10_000, message = "{ca.gc.engagement.carveout.text.size}") String text,
    @NotNull(message = "{ca.gc.engagement.carveout.date.required}") LocalDate date) {

  public Proposal {
    parties = entries(parties);
    sectors = entries(sectors);
    regions = entries(regions);
  }

  /** The parties as countries; valid once the proposal is. */
  public Set<CountryCode> countries() {
    return parties.stream().map(CountryCode::of).collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> entries(Collection<String> values) {
    if (values == null) {
      return Set.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    values.stream().filter(Objects::nonNull).forEach(kept::add);
    return Collections.unmodifiableSet(kept);
  }
}
