package ca.gc.engagement.agreement.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.TooManyScreeningsException;
import ca.gc.engagement.carveout.ui.ExplainedMatch;
import ca.gc.engagement.carveout.ui.ScreeningExplainer;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proposes an agreement, or revises one ({@code ?id=}); {@code ?missionId=} presets the mission and
 * its counterpart as a party. While the officer types and picks, the verdict panel screens the
 * draft as it stands through the same screening as {@code POST /api/v1/screenings}. Saving screens
 * it again in the service: a PROHIBITED agreement is refused with the carve-outs named, at the top
 * and next to the fields that touch them, and nothing is stored. Otherwise as the mission form: the
 * version it was opened on, a plain conflict, post-redirect-get.
 */
@Named
@ViewScoped
public class AgreementForm extends RecordForm<Agreement> {

  private static final long serialVersionUID = 1L;

  @EJB private AgreementService agreements;

  @EJB private CarveOutService carveOuts;

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @Inject private ScreeningExplainer explainer;

  @Inject private Department department;

  private String title;
  private List<String> parties = new ArrayList<>();
  private Long missionId;
  private Long meetingId;
  private List<String> sectors = new ArrayList<>();
  private List<String> regions = new ArrayList<>();
  private String summary;
  private Classification classification = Classification.UNCLASSIFIED;

  private ScreeningResult screening;
  private List<ExplainedMatch> matches = List.of();
  private String screeningNote;
  private List<SelectItem> missionOptions;

  /** A new agreement starts with the department's own country among its parties. */
  @PostConstruct
  void startAtHome() {
    parties.add(department.country().value());
  }

  @Override
  protected Edited<Agreement> edited() {
    return new Edited<>("agreement", "/agreements/edit", () -> agreements.find(getId()));
  }

  /** A new agreement from the mission given, if the reader may see it; else from none. */
  @Override
  protected boolean start() {
    if (missionId != null) {
      missions.find(missionId).ifPresentOrElse(this::fromMission, () -> missionId = null);
    }
    return true;
  }

  /** The verdict of the draft as it stands, from the start. */
  @Override
  protected void opened() {
    rescreen();
  }

  @Override
  protected void fill(Agreement agreement) {
    title = agreement.getTitle();
    parties = new ArrayList<>(agreement.getParties().stream().sorted().toList());
    missionId = agreement.getMissionId();
    meetingId = agreement.getMeetingId();
    sectors = new ArrayList<>(agreement.getSectors().stream().sorted().toList());
    regions = new ArrayList<>(agreement.getRegions().stream().sorted().toList());
    summary = agreement.getSummary();
    classification = agreement.getClassification();
  }

  /** Canada and the mission's counterpart are the parties an agreement from it usually has. */
  private void fromMission(Mission mission) {
    String counterpart = mission.getCounterpartCountry().value();
    if (!parties.contains(counterpart)) {
      parties.add(counterpart);
    }
  }

  /**
   * The live verdict (p:ajax as the officer types or picks): the draft as it stands, screened
   * against the carve-outs in force today. Nothing is stored.
   */
  public void rescreen() {
    // The new state is worked out first and then put in place: an Ajax answer still rendering the
    // panel (the officer typed, then pressed save at once) never reads a half-cleared verdict.
    if (isBlank(title) && isBlank(summary) && sectors.isEmpty() && regions.isEmpty()) {
      showNote("agreement.screening.hint");
      return;
    }
    if (parties.isEmpty()) {
      showNote("agreement.screening.needsParties");
      return;
    }
    try {
      show(
          carveOuts.screen(
              new Proposal(
                  Set.copyOf(parties),
                  Set.copyOf(sectors),
                  Set.copyOf(regions),
                  text(),
                  department.today())));
    } catch (ConstraintViolationException | UnknownSectorException notScreenable) {
      showNote("agreement.screening.unavailable");
    } catch (TooManyScreeningsException tooMany) {
      showNote("agreement.screening.tooMany");
    }
  }

  private void showNote(String key) {
    screeningNote = key;
    screening = null;
    matches = List.of();
  }

  /** A new mission: its meetings are the ones to choose from. */
  public void missionChanged() {
    if (meetingId != null
        && getMeetingOptions().stream().noneMatch(o -> meetingId.equals(o.getValue()))) {
      meetingId = null;
    }
  }

  public String save() {
    AgreementDraft draft =
        new AgreementDraft(
            title,
            Set.copyOf(parties),
            missionId,
            meetingId,
            Set.copyOf(sectors),
            Set.copyOf(regions),
            summary,
            classification);
    return saved(
        () -> isNew() ? agreements.propose(draft) : agreements.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "agreement.proposed" : "agreement.saved", saved.getTitle());
          return "/agreements/agreement?faces-redirect=true&id=" + saved.getId();
        });
  }

  /** A PROHIBITED draft is told with its carve-outs (below); any other refusal as every form's. */
  @Override
  protected void refused(Refusal refusal) {
    if (refusal instanceof CarveOutViolationException prohibited) {
      refuse(prohibited.screening());
    } else {
      super.refused(refusal);
    }
  }

  /**
   * A PROHIBITED draft: the carve-outs named at the top, and next to each field that touches one
   * what it touched there; the verdict panel shows every match with its reason.
   */
  private void refuse(ScreeningResult result) {
    show(result);
    Map<String, String> prohibiting = new LinkedHashMap<>();
    matches.stream()
        .filter(m -> m.mode() == CarveOutMode.PROHIBIT)
        .forEach(m -> prohibiting.put(m.carveOutCode(), m.carveOutName()));
    Views.error(
        "agreement.refused",
        prohibiting.isEmpty()
            ? Views.text("agreement.refused.unnamed")
            : prohibiting.values().stream().collect(Collectors.joining(", ")));
    Map<String, Set<String>> byField = new LinkedHashMap<>();
    for (Match match : result.matches()) {
      if (match.mode() == CarveOutMode.PROHIBIT) {
        for (String field : fieldsOf(match)) {
          byField.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(match.value());
        }
      }
    }
    byField.forEach(
        (field, values) ->
            FieldMessages.show(
                Views.text("agreement.refused.field", String.join(", ", values)),
                "agreement",
                field));
  }

  /** Where the officer gave what matched: a sector, a region, or words of the title or summary. */
  private List<String> fieldsOf(Match match) {
    if (match.kind() == MatchKind.SECTOR) {
      return List.of("sectors");
    }
    if (match.kind() == MatchKind.REGION) {
      return List.of("regions");
    }
    String keyword = match.value().toLowerCase(Locale.ROOT);
    List<String> fields =
        Stream.of("title", "summary")
            .filter(
                f -> {
                  String text = "title".equals(f) ? title : summary;
                  return text != null && text.toLowerCase(Locale.ROOT).contains(keyword);
                })
            .toList();
    return fields.isEmpty() ? List.of("title") : fields;
  }

  private void show(ScreeningResult result) {
    List<ExplainedMatch> explained = explainer.explain(result);
    matches = explained;
    screening = result;
    screeningNote = null;
  }

  /** What screening reads: the title and the summary, as the agreement will hold them. */
  private String text() {
    return Stream.of(title, summary)
        .filter(t -> !isBlank(t))
        .map(String::strip)
        .collect(Collectors.joining("\n"));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The missions the reader may see (the newest first), and the one the agreement names. */
  public List<SelectItem> getMissionOptions() {
    if (missionOptions == null) {
      List<Mission> found =
          new ArrayList<>(missions.list(PageRequest.first(PageRequest.MAX_SIZE)).items());
      if (missionId != null && found.stream().noneMatch(m -> missionId.equals(m.getId()))) {
        missions.find(missionId).ifPresent(found::add);
      }
      missionOptions = found.stream().map(m -> new SelectItem(m.getId(), m.getTitle())).toList();
    }
    return missionOptions;
  }

  /** The meetings of the chosen mission, and the one the agreement names. */
  public List<SelectItem> getMeetingOptions() {
    List<Meeting> found =
        new ArrayList<>(missionId == null ? List.of() : meetings.forMission(missionId));
    if (meetingId != null && found.stream().noneMatch(m -> meetingId.equals(m.getId()))) {
      meetings.find(meetingId).ifPresent(found::add);
    }
    return found.stream().map(m -> new SelectItem(m.getId(), m.getTitle())).toList();
  }

  public ScreeningResult getScreening() {
    return screening;
  }

  public List<ExplainedMatch> getMatches() {
    return matches;
  }

  public String getScreeningNote() {
    return screeningNote;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getParties() {
    return parties;
  }

  public void setParties(List<String> parties) {
    this.parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties);
  }

  public Long getMissionId() {
    return missionId;
  }

  public void setMissionId(Long missionId) {
    this.missionId = missionId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
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

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
