-- The meeting list's order, newest first, as an index: a page is read from it in order and stops at its
-- last row. The index on classification alone goes: four values, so it selects most of the table, yet
-- H2 preferred it for a page and then sorted every row it selected (1.0-1.6 s at 100 000 meetings,
-- against 12-23 ms by this index; docs/benchmarks.md).
create index meeting_newest_ix on meeting (starts_at desc, id desc);
drop index meeting_classification_ix;
