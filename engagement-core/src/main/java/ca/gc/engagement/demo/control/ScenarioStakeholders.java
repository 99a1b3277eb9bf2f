package ca.gc.engagement.demo.control;

import static ca.gc.engagement.security.entity.Classification.UNCLASSIFIED;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.BUSINESS;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.EXPERT;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.FEDERAL;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.FOREIGN_GOVERNMENT;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.MEDIA;
import static ca.gc.engagement.stakeholder.entity.StakeholderKind.PROVINCIAL;

import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import java.util.List;

/**
 * The stakeholders of the scenario (../shared/scenario.md), as a desk officer would record them:
 * everyone in its table of positions, and the senior Communist Party leaders the Prime Minister met
 * on Thursday. A group (the western and Atlantic premiers, the party leaders) is one stakeholder:
 * its positions are taken together. The group of premiers answers to no single province, so its
 * jurisdiction is Canada.
 */
public final class ScenarioStakeholders {

  public static final StakeholderDraft CARNEY =
      new StakeholderDraft(
          "Mark Carney", "Prime Minister of Canada", null, FEDERAL, "CA", UNCLASSIFIED);
  public static final StakeholderDraft XI =
      new StakeholderDraft(
          "Xi Jinping",
          "President of the People's Republic of China",
          null,
          FOREIGN_GOVERNMENT,
          "CN",
          UNCLASSIFIED);
  public static final StakeholderDraft MOE =
      new StakeholderDraft(
          "Scott Moe", "Premier of Saskatchewan", null, PROVINCIAL, "CA-SK", UNCLASSIFIED);
  public static final StakeholderDraft FORD =
      new StakeholderDraft(
          "Doug Ford", "Premier of Ontario", null, PROVINCIAL, "CA-ON", UNCLASSIFIED);
  public static final StakeholderDraft WESTERN_AND_ATLANTIC_PREMIERS =
      new StakeholderDraft(
          "Western and Atlantic premiers",
          "Premiers of the western and Atlantic provinces",
          null,
          PROVINCIAL,
          "CA",
          UNCLASSIFIED);
  public static final StakeholderDraft NADJIBULLA =
      new StakeholderDraft(
          "Vina Nadjibulla",
          "Vice-president",
          "Asia Pacific Foundation of Canada",
          EXPERT,
          "CA",
          UNCLASSIFIED);
  public static final StakeholderDraft LOH =
      new StakeholderDraft(
          "Dylan Loh", "Professor", "Nanyang Technological University", EXPERT, "SG", UNCLASSIFIED);
  public static final StakeholderDraft SHANTZ =
      new StakeholderDraft(
          "Graham Shantz",
          "President",
          "Canada China Business Council",
          BUSINESS,
          "CA",
          UNCLASSIFIED);
  public static final StakeholderDraft CHINA_DAILY =
      new StakeholderDraft(
          "China Daily editorial board", null, "China Daily", MEDIA, "CN", UNCLASSIFIED);
  public static final StakeholderDraft PARTY_LEADERS =
      new StakeholderDraft(
          "Senior leaders of the Communist Party of China",
          null,
          "Communist Party of China",
          FOREIGN_GOVERNMENT,
          "CN",
          UNCLASSIFIED);

  public static final List<StakeholderDraft> ALL =
      List.of(
          CARNEY,
          XI,
          MOE,
          FORD,
          WESTERN_AND_ATLANTIC_PREMIERS,
          NADJIBULLA,
          LOH,
          SHANTZ,
          CHINA_DAILY,
          PARTY_LEADERS);

  /** The ids the stakeholders were recorded under: statements and meetings name them by id. */
  public record Ids(
      long carney,
      long xi,
      long moe,
      long ford,
      long westernAndAtlanticPremiers,
      long nadjibulla,
      long loh,
      long shantz,
      long chinaDaily,
      long partyLeaders) {}

  private ScenarioStakeholders() {}
}
