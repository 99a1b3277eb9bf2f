-- One search view per kind of record, with the columns of searchable_record. A list of one kind (the
-- meeting list, its filters and words) reads only that kind's table: through the union of V9, the
-- embedded H2 evaluated every row of every kind for each page and each count (see docs/benchmarks.md).
create view searchable_mission as
    select 'MISSION' as kind, m.id as id, m.title as title, m.objectives as body,
           m.counterpart_country as country, m.start_date as record_date, m.status as status,
           m.classification as classification
      from mission m;

create view searchable_meeting as
    select 'MEETING' as kind, g.id as id, g.title as title, g.agenda as body, g.country as country,
           cast(g.starts_at as date) as record_date, g.status as status,
           g.classification as classification
      from meeting g;

create view searchable_agreement as
    select 'AGREEMENT' as kind, a.id as id, a.title as title, a.summary as body,
           cast(null as varchar(2)) as country, a.proposed_on as record_date, a.status as status,
           a.classification as classification
      from agreement a;

create view searchable_statement as
    select 'STATEMENT' as kind, s.id as id, k.name as title, s.text as body,
           substring(k.jurisdiction, 1, 2) as country, s.made_on as record_date, s.status as status,
           greatest(s.classification, k.classification) as classification
      from statement s
      join stakeholder k on k.id = s.stakeholder_id;
