package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.ui.Language;
import ca.gc.engagement.ui.RecordPage;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One trade measure: the countries, products and rate history (a table and a small chart), the
 * measures it answers or that answer it, its exemptions, and, for officers, the steps of its
 * lifecycle and a later rate. A measure that does not exist and one above the reader's clearance
 * both answer 404; a linked measure the reader may not see is not named.
 */
@Named
@ViewScoped
public class TradeMeasurePage extends RecordPage<TradeMeasure> {

  private static final long serialVersionUID = 1L;

  @EJB private TradeMeasureService measures;

  @Inject private Language language;

  @Inject private Department department;

  /** The measure shown (the record), under the name the rate lines read it by. */
  private TradeMeasure measure;

  private TradeMeasure retaliatesAgainst;
  private TradeMeasure exemptsFrom;
  private List<TradeMeasure> retaliations;
  private List<TradeMeasure> exemptions;

  private LocalDate rateFrom;
  private BigDecimal rate;
  private String rateNote;

  @Override
  protected Shown<TradeMeasure> shown() {
    return new Shown<>("/trade-measures/trade-measure", measures::find, measures::history);
  }

  @Override
  protected void opened(TradeMeasure measure) {
    this.measure = measure;
    retaliatesAgainst = linked(measure.getRetaliatesAgainstId());
    exemptsFrom = linked(measure.getExemptsFromId());
    retaliations = measures.retaliationsAgainst(getId());
    exemptions = measures.exemptionsFrom(getId());
  }

  /** A linked measure, if the reader may see it. */
  private TradeMeasure linked(Long other) {
    return other == null ? null : measures.find(other).orElse(null);
  }

  /** Moves the measure on its lifecycle, on the version the page showed. */
  public String moveTo(TradeMeasureStatus next) {
    return step(
        version -> measures.moveTo(getId(), version, next),
        "tradeMeasure.moved",
        Views.text("tradeMeasure.status." + next));
  }

  /** Adds a rate from its day on; the earlier rates stay. */
  public String recordRate() {
    return step(
        "new-rate",
        version ->
            measures.recordRate(getId(), version, new RateChangeDraft(rateFrom, rate, rateNote)),
        "tradeMeasure.rateRecorded");
  }

  /** Lifting a measure that took effect needs its last day first: the page says how to give it. */
  @Override
  protected String refused(String formId, Refusal refusal) {
    if (formId == null && refusal instanceof RuleViolationException) {
      Views.warning("tradeMeasure.lift.lastDay");
      return self();
    }
    return super.refused(formId, refusal);
  }

  public List<TradeMeasureStatus> getNextSteps() {
    return List.copyOf(measure.getStatus().next()).stream().sorted().toList();
  }

  /** The rate that applies today; null when the measure applies none today. */
  public BigDecimal getRateTodayValue() {
    return measure.rateOn(department.today()).orElse(null);
  }

  /** The measure this one answers, if the reader may see it. */
  public TradeMeasure getRetaliatesAgainst() {
    return retaliatesAgainst;
  }

  /** The measure whose products this exemption relieves, if the reader may see it. */
  public TradeMeasure getExemptsFrom() {
    return exemptsFrom;
  }

  /** The measures that answer this one (those the reader may see). */
  public List<TradeMeasure> getRetaliations() {
    return retaliations;
  }

  /** The exemptions from this measure (those the reader may see). */
  public List<TradeMeasure> getExemptions() {
    return exemptions;
  }

  public String getRateChart() {
    return RateHistory.chart(
        measure,
        department.today(),
        language.getLocale(),
        Views.text("tradeMeasure.rate.series"),
        Views.text("tradeMeasure.rate.axis"));
  }

  public TradeMeasure getMeasure() {
    return measure;
  }

  public LocalDate getRateFrom() {
    return rateFrom;
  }

  public void setRateFrom(LocalDate rateFrom) {
    this.rateFrom = rateFrom;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public String getRateNote() {
    return rateNote;
  }

  public void setRateNote(String rateNote) {
    this.rateNote = rateNote;
  }
}
