package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The trade measures list: words in the title, a country (imposing or targeted), a sector (with the
 * sectors within it), a status and first days in force narrow it, through the same query as {@code
 * GET /api/v1/trade-measures}.
 */
@Named
@ViewScoped
public class TradeMeasuresList extends RecordsList<TradeMeasure, TradeMeasureStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private TradeMeasureService measures;

  @Override
  protected Page<TradeMeasure> page(ListFilters criteria, PageRequest request, String sort) {
    return measures.list(criteria.query(TradeMeasureQuery::new, sort), request);
  }
}
