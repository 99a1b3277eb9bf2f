-- Lists of one kind read their kind's table, not a view (docs/decisions/0028): a view's rows reach
-- the embedded H2's sort only all at once, so each page of meetings read and sorted every meeting.
-- The meeting list is ordered by the moment a meeting starts, newest first (V13's index) or oldest
-- first (this one, which also serves the dashboard's upcoming meetings, soonest first). It replaces
-- the index on starts_at alone, which could not give the order with its tie-break on id.
create index meeting_oldest_ix on meeting (starts_at, id);
drop index meeting_starts_at_ix;

-- The views of one kind (V12) are no longer read.
drop view searchable_mission;
drop view searchable_meeting;
drop view searchable_agreement;
