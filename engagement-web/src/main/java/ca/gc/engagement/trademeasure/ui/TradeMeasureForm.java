package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.SourceDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records a trade measure, or revises one ({@code ?id=}), its product lines and rate history
 * included, as rows the officer adds and removes. The form keeps the version it was opened on: a
 * measure someone else saved meanwhile is not overwritten; the form says so and offers to reload.
 * Saving answers with a redirect to the measure (post-redirect-get).
 */
@Named
@ViewScoped
public class TradeMeasureForm extends RecordForm<TradeMeasure> {

  private static final long serialVersionUID = 1L;

  @EJB private TradeMeasureService measures;

  private String title;
  private String imposingCountry;
  private String targetCountry;
  private TradeMeasureType type;
  private List<ProductLineRow> productLines = new ArrayList<>(List.of(new ProductLineRow()));
  private List<String> sectors = new ArrayList<>();
  private String publication;
  private String url;
  private Long retaliatesAgainstId;
  private Long exemptsFromId;
  private LocalDate inForceFrom;
  private LocalDate inForceUntil;
  private List<RateRow> rates = new ArrayList<>(List.of(new RateRow()));
  private Classification classification = Classification.UNCLASSIFIED;

  private List<TradeMeasure> others;

  @Override
  protected Edited<TradeMeasure> edited() {
    return new Edited<>("measure", "/trade-measures/edit", () -> measures.find(getId()));
  }

  @Override
  protected void fill(TradeMeasure measure) {
    title = measure.getTitle();
    imposingCountry = measure.getImposingCountry().value();
    targetCountry = measure.getTargetCountry().value();
    type = measure.getType();
    productLines =
        new ArrayList<>(measure.getProductLines().stream().map(ProductLineRow::of).toList());
    sectors = new ArrayList<>(measure.getSectors());
    publication = measure.getSource().getPublication();
    url = measure.getSource().getAddress();
    retaliatesAgainstId = measure.getRetaliatesAgainstId();
    exemptsFromId = measure.getExemptsFromId();
    inForceFrom = measure.getInForceFrom();
    inForceUntil = measure.getInForceUntil();
    rates = new ArrayList<>(measure.getRates().stream().map(RateRow::of).toList());
    classification = measure.getClassification();
  }

  public String save() {
    return saved(
        () -> {
          TradeMeasureDraft draft = draft();
          return isNew() ? measures.record(draft) : measures.revise(getId(), version(), draft);
        },
        saved -> {
          Views.notice(isNew() ? "tradeMeasure.recorded" : "tradeMeasure.saved", saved.getTitle());
          return "/trade-measures/trade-measure?faces-redirect=true&id=" + saved.getId();
        });
  }

  /** The draft the form states; rows left entirely empty are not part of it. */
  TradeMeasureDraft draft() {
    return new TradeMeasureDraft(
        title,
        imposingCountry,
        targetCountry,
        type,
        productLines.stream().filter(row -> !row.isBlank()).map(ProductLineRow::toDraft).toList(),
        new HashSet<>(sectors),
        publication == null && url == null ? null : new SourceDraft(publication, url),
        retaliatesAgainstId,
        exemptsFromId,
        inForceFrom,
        inForceUntil,
        rates.stream().filter(row -> !row.isBlank()).map(RateRow::toDraft).toList(),
        classification);
  }

  /** Another product line to fill in; what was typed stays. */
  public void addProductLine() {
    productLines.add(new ProductLineRow());
  }

  public void removeProductLine(ProductLineRow row) {
    productLines.remove(row);
  }

  /** Another rate to fill in; what was typed stays. */
  public void addRate() {
    rates.add(new RateRow());
  }

  public void removeRate(RateRow row) {
    rates.remove(row);
  }

  /** The other measures a retaliation may answer or an exemption relieve, by title. */
  public List<TradeMeasure> getOthers() {
    if (others == null) {
      others =
          measures
              .list(
                  new TradeMeasureQuery(null, null, null, null, null, null, "title"),
                  PageRequest.first(PageRequest.MAX_SIZE))
              .items()
              .stream()
              .filter(m -> !m.getId().equals(getId()))
              .toList();
    }
    return others;
  }

  public TradeMeasureType[] getTypes() {
    return TradeMeasureType.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getImposingCountry() {
    return imposingCountry;
  }

  public void setImposingCountry(String imposingCountry) {
    this.imposingCountry = imposingCountry;
  }

  public String getTargetCountry() {
    return targetCountry;
  }

  public void setTargetCountry(String targetCountry) {
    this.targetCountry = targetCountry;
  }

  public TradeMeasureType getType() {
    return type;
  }

  public void setType(TradeMeasureType type) {
    this.type = type;
  }

  public List<ProductLineRow> getProductLines() {
    return productLines;
  }

  public List<String> getSectors() {
    return sectors;
  }

  public void setSectors(List<String> sectors) {
    this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
  }

  public Set<String> getSectorSet() {
    return Set.copyOf(sectors);
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Long getRetaliatesAgainstId() {
    return retaliatesAgainstId;
  }

  public void setRetaliatesAgainstId(Long retaliatesAgainstId) {
    this.retaliatesAgainstId = retaliatesAgainstId;
  }

  public Long getExemptsFromId() {
    return exemptsFromId;
  }

  public void setExemptsFromId(Long exemptsFromId) {
    this.exemptsFromId = exemptsFromId;
  }

  public LocalDate getInForceFrom() {
    return inForceFrom;
  }

  public void setInForceFrom(LocalDate inForceFrom) {
    this.inForceFrom = inForceFrom;
  }

  public LocalDate getInForceUntil() {
    return inForceUntil;
  }

  public void setInForceUntil(LocalDate inForceUntil) {
    this.inForceUntil = inForceUntil;
  }

  public List<RateRow> getRates() {
    return rates;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
