package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.CurrentUser;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Declares a carve-out, or revises one ({@code ?id=}; its code stays): administrators only. Anyone
 * else is shown the forbidden page rather than a form the service would refuse. Keywords are typed
 * one a line. Otherwise as the other forms: the version it was opened on, a plain conflict,
 * validation messages next to their fields, post-redirect-get.
 */
@Named
@ViewScoped
public class CarveOutForm extends RecordForm<CarveOut> {

  private static final long serialVersionUID = 1L;

  @EJB private CarveOutService carveOuts;

  private String code;
  private String name;
  private String rationale;
  private String policyBasis;
  private List<String> sectors = new ArrayList<>();
  private List<String> regions = new ArrayList<>();
  private String keywords;
  private List<String> countries = new ArrayList<>();
  private LocalDate effectiveFrom;
  private LocalDate effectiveUntil;
  private CarveOutMode mode = CarveOutMode.PROHIBIT;
  private Classification classification = Classification.UNCLASSIFIED;

  /** Administrators only. */
  @Override
  protected boolean mayUse(CurrentUser user) {
    return user.isAdmin();
  }

  @Override
  protected Edited<CarveOut> edited() {
    return new Edited<>("carveOut", "/carve-outs/edit", () -> carveOuts.find(getId()));
  }

  @Override
  protected void fill(CarveOut carveOut) {
    code = carveOut.getCode();
    name = carveOut.getName();
    rationale = carveOut.getRationale();
    policyBasis = carveOut.getPolicyBasis();
    sectors = new ArrayList<>(carveOut.getSectors());
    regions = new ArrayList<>(carveOut.getRegions());
    keywords = String.join("\n", carveOut.getKeywords());
    countries = new ArrayList<>(carveOut.getCountries().stream().map(CountryCode::value).toList());
    effectiveFrom = carveOut.getEffectiveFrom();
    effectiveUntil = carveOut.getEffectiveUntil();
    mode = carveOut.getMode();
    classification = carveOut.getClassification();
  }

  public String save() {
    CarveOutDraft draft =
        new CarveOutDraft(
            code,
            name,
            rationale,
            policyBasis,
            Set.copyOf(sectors),
            Set.copyOf(regions),
            keywordSet(),
            Set.copyOf(countries),
            effectiveFrom,
            effectiveUntil,
            mode,
            classification);
    return saved(
        () -> isNew() ? carveOuts.declare(draft) : carveOuts.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "carveOut.declared" : "carveOut.saved", saved.getName());
          return "/carve-outs/carve-out?faces-redirect=true&id=" + saved.getId();
        });
  }

  /** One keyword a line; blank lines are no keywords. */
  private Set<String> keywordSet() {
    if (keywords == null) {
      return Set.of();
    }
    Set<String> found = new LinkedHashSet<>();
    Arrays.stream(keywords.split("\\R"))
        .map(String::strip)
        .filter(k -> !k.isEmpty())
        .forEach(found::add);
    return found;
  }

  public CarveOutMode[] getModes() {
    return CarveOutMode.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getPolicyBasis() {
    return policyBasis;
  }

  public void setPolicyBasis(String policyBasis) {
    this.policyBasis = policyBasis;
  }

  public List<String> getSectors() {
    return sectors;
  }

  public void setSectors(List<String> sectors) {
    this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public List<String> getCountries() {
    return countries;
  }

  public void setCountries(List<String> countries) {
    this.countries = countries == null ? new ArrayList<>() : new ArrayList<>(countries);
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  public void setEffectiveUntil(LocalDate effectiveUntil) {
    this.effectiveUntil = effectiveUntil;
  }

  public CarveOutMode getMode() {
    return mode;
  }

  public void setMode(CarveOutMode mode) {
    this.mode = mode;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
