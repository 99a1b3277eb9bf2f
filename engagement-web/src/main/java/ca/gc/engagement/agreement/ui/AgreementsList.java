package ca.gc.engagement.agreement.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreements list: words, party, sector (with the sectors within it), status and dates narrow
 * it, through the same search as {@code GET /api/v1/agreements}; each row shows its screening
 * verdict as of today, read for the whole page at once.
 */
@Named
@ViewScoped
public class AgreementsList extends RecordsList<Agreement, AgreementStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private AgreementService agreements;

  private final Map<Long, Verdict> verdicts = new HashMap<>();

  @Override
  protected Page<Agreement> page(ListFilters criteria, PageRequest request, String sort) {
    Page<Agreement> found = agreements.search(criteria.recordQuery(sort), request);
    List<AgreementOutlook> outlooks = agreements.outlooks(found.items());
    verdicts.clear();
    for (int i = 0; i < found.items().size(); i++) {
      verdicts.put(found.items().get(i).getId(), outlooks.get(i).screening().verdict());
    }
    return found;
  }

  /** The verdict of an agreement on the page shown, as of today. */
  public Verdict verdictOf(Agreement agreement) {
    return verdicts.get(agreement.getId());
  }

  /** The parties by code, in alphabetical order. */
  public List<String> partiesOf(Agreement agreement) {
    return agreement.getParties().stream().sorted().toList();
  }
}
