package ca.gc.engagement.dashboard.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.OverdueCheck;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.CountryPairCount;
import ca.gc.engagement.trademeasure.entity.RateChange;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.ui.RateHistory;
import ca.gc.engagement.ui.Charts;
import ca.gc.engagement.ui.Language;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The home page after sign-in: what is coming (meetings, follow-ups due within two weeks or
 * overdue), where things stand (agreements by status, trade measures in force by country pair), and
 * two charts, each with a table of the same figures. Everything is read through the services, which
 * count only what the reader's clearance covers.
 *
 * <p>The rate chart shows the measure chosen in the address ({@code ?measure=}), else the one whose
 * rate has moved most often so far: a rate that keeps changing is the dispute a desk officer is
 * asked about, and the one with the most to show on a chart; of equals, the one whose rate swung
 * widest, then the one whose rate changed last. The data decides, not a word in the code: with the
 * demo data it is the canola-seed deposit (75.8 % cut to 15 %).
 */
@Named
@RequestScoped
public class Dashboard {

  /** How far ahead "due soon" looks. */
  static final int DUE_WITHIN_DAYS = 14;

  /** How many months the engagements chart covers: the last 22 and the 2 ahead (scheduled). */
  static final int MONTHS = 24;

  static final int MONTHS_AHEAD = 2;

  private static final int SHOWN = 10;

  @EJB private MeetingService meetings;
  @EJB private FollowUpService followUps;
  @EJB private AgreementService agreements;
  @EJB private TradeMeasureService measures;
  @EJB private RecordSearch search;

  @Inject private Language language;

  @Inject private Department department;

  private Long measure;

  private Page<Meeting> upcoming;
  private Page<FollowUp> due;
  private Map<AgreementStatus, Long> agreementCounts;
  private List<CountryPairCount> inForce;
  private List<MonthOfEngagements> months;
  private List<TradeMeasure> measureChoices;
  private TradeMeasure chosen;
  private OverdueCheck overdueCheck;
  private Page<FollowUp> wentOverdue;

  /** f:viewAction: every figure of the page, read once. */
  public void load() {
    LocalDate today = getToday();
    upcoming = meetings.upcoming(Instant.now(), PageRequest.first(SHOWN));
    due = followUps.dueBy(today.plusDays(DUE_WITHIN_DAYS), PageRequest.first(SHOWN));
    overdueCheck = followUps.lastOverdueCheck().orElse(null);
    if (overdueCheck != null) {
      wentOverdue = followUps.wentOverdueOn(overdueCheck.getDay(), PageRequest.first(SHOWN));
    }
    agreementCounts = agreements.countByStatus();
    inForce = measures.inForceByCountryPair(today);
    YearMonth last = YearMonth.from(today).plusMonths(MONTHS_AHEAD);
    YearMonth first = last.minusMonths(MONTHS - 1L);
    months =
        MonthOfEngagements.of(
            search.perMonth(
                Set.of(RecordKind.MISSION, RecordKind.MEETING),
                first.atDay(1),
                last.atEndOfMonth()),
            first,
            last);
    measureChoices =
        measures
            .list(
                new TradeMeasureQuery(null, null, null, null, null, null, "title"),
                PageRequest.first(PageRequest.MAX_SIZE))
            .items();
    chosen = measure == null ? null : measures.find(measure).orElse(null);
    if (measure != null && chosen == null) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN, Views.text("dashboard.rate.unknown"), null));
    }
    if (chosen == null) {
      chosen = firstShown(measureChoices, today);
    }
  }

  /**
   * The measure the rate chart shows unless another is chosen: the one whose rate changed most
   * often on or before today; of equals, the one whose rate swung widest, then the one whose rate
   * changed last; null when none states a rate yet.
   */
  static TradeMeasure firstShown(List<TradeMeasure> measures, LocalDate today) {
    return measures.stream()
        .filter(m -> lastChange(m, today) != null)
        .max(
            Comparator.comparing((TradeMeasure m) -> ratesSoFar(m, today).count())
                .thenComparing(m -> swing(m, today))
                .thenComparing(m -> lastChange(m, today)))
        .orElse(null);
  }

  /** The measure's rates that took effect on or before today. */
  private static Stream<BigDecimal> ratesSoFar(TradeMeasure measure, LocalDate today) {
    return measure.getRates().stream()
        .filter(rate -> !rate.getEffectiveFrom().isAfter(today))
        .map(RateChange::getRate);
  }

  /** How far apart its highest and lowest rates so far are. */
  private static BigDecimal swing(TradeMeasure measure, LocalDate today) {
    BigDecimal highest = ratesSoFar(measure, today).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal lowest = ratesSoFar(measure, today).min(Comparator.naturalOrder()).orElseThrow();
    return highest.subtract(lowest);
  }

  private static LocalDate lastChange(TradeMeasure measure, LocalDate today) {
    return measure.getRates().stream()
        .map(RateChange::getEffectiveFrom)
        .filter(day -> !day.isAfter(today))
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The last daily overdue check (which day, on which node); null before the first. */
  public OverdueCheck getOverdueCheck() {
    return overdueCheck;
  }

  /** What that check found newly overdue, as far as the reader's clearance goes. */
  /** The first of the follow-ups the last check found newly overdue, with their total. */
  public Page<FollowUp> getWentOverdue() {
    return wentOverdue;
  }

  /** Today in the department's zone, where it keeps its calendar. */
  public LocalDate getToday() {
    return department.today();
  }

  public boolean overdue(FollowUp followUp) {
    return followUp.overdue(getToday());
  }

  /** A meeting's start where it happens ("Jan 16, 2026, 7:00 p.m. Asia/Shanghai"). */
  public String localStart(Meeting meeting) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .format(meeting.localStart())
        + " "
        + meeting.getTimeZone();
  }

  public String monthName(YearMonth month) {
    return DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(month);
  }

  public String getEngagementsChart() {
    DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", language.getLocale());
    return Charts.bars(
        months.stream().map(m -> label.format(m.month())).toList(),
        List.of(
            new Charts.Series(
                Views.text("dashboard.engagements.missions"),
                months.stream().map(MonthOfEngagements::missions).toList()),
            new Charts.Series(
                Views.text("dashboard.engagements.meetings"),
                months.stream().map(MonthOfEngagements::meetings).toList())),
        Views.text("dashboard.engagements.axis"));
  }

  /** The chosen measure's rate over time; null when it states no rate. */
  public String getRateChart() {
    return chosen == null
        ? null
        : RateHistory.chart(
            chosen,
            getToday(),
            language.getLocale(),
            Views.text("tradeMeasure.rate.series"),
            Views.text("tradeMeasure.rate.axis"));
  }

  public List<AgreementStatus> getAgreementStatuses() {
    return List.of(AgreementStatus.values());
  }

  public long agreementCount(AgreementStatus status) {
    return agreementCounts.get(status);
  }

  public long getAgreementTotal() {
    return agreementCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  public Page<Meeting> getUpcoming() {
    return upcoming;
  }

  public Page<FollowUp> getDue() {
    return due;
  }

  public List<CountryPairCount> getInForce() {
    return inForce;
  }

  public List<MonthOfEngagements> getMonths() {
    return months;
  }

  public List<TradeMeasure> getMeasureChoices() {
    return measureChoices;
  }

  public TradeMeasure getChosen() {
    return chosen;
  }

  public Long getMeasure() {
    return measure;
  }

  public void setMeasure(Long measure) {
    this.measure = measure;
  }
}
