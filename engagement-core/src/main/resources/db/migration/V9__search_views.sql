-- One search over missions, meetings, agreements and statements (RecordSearch): a view of what lists
-- show and filter on, and two views of the countries and sectors each record concerns. A statement
-- carries the stricter classification of itself and its stakeholder, since its line shows the
-- stakeholder's name.

create view searchable_record as
    select 'MISSION' as kind, m.id as id, m.title as title, m.objectives as body,
           m.counterpart_country as country, m.start_date as record_date, m.status as status,
           m.classification as classification
      from mission m
    union all
    select 'MEETING', g.id, g.title, g.agenda, g.country, cast(g.starts_at as date), g.status,
           g.classification
      from meeting g
    union all
    select 'AGREEMENT', a.id, a.title, a.summary, cast(null as varchar(2)), a.proposed_on, a.status,
           a.classification
      from agreement a
    union all
    select 'STATEMENT', s.id, k.name, s.text, substring(k.jurisdiction, 1, 2), s.made_on, s.status,
           greatest(s.classification, k.classification)
      from statement s
      join stakeholder k on k.id = s.stakeholder_id;

create view searchable_record_country as
    select 'MISSION' as kind, m.id as id, m.counterpart_country as country from mission m
    union all
    select 'MEETING', g.id, g.country from meeting g
    union all
    select 'AGREEMENT', p.agreement_id, p.country from agreement_party p
    union all
    select 'STATEMENT', s.id, substring(k.jurisdiction, 1, 2)
      from statement s
      join stakeholder k on k.id = s.stakeholder_id;

create view searchable_record_sector as
    select 'MEETING' as kind, t.meeting_id as id, t.sector_code as sector_code from meeting_topic t
    union all
    select 'AGREEMENT', s.agreement_id, s.sector_code from agreement_sector s
    union all
    select 'STATEMENT', s.statement_id, s.sector_code from statement_sector s;

-- Sector codes in records name sectors of the catalogue (migration V3).
alter table meeting_topic add constraint meeting_topic_sector_fk
    foreign key (sector_code) references sector (code);
alter table agreement_sector add constraint agreement_sector_sector_fk
    foreign key (sector_code) references sector (code);
alter table statement_sector add constraint statement_sector_sector_fk
    foreign key (sector_code) references sector (code);
alter table meeting_participant add constraint meeting_participant_stakeholder_fk
    foreign key (stakeholder_id) references stakeholder (id);
alter table trade_measure_sector add constraint trade_measure_sector_sector_fk
    foreign key (sector_code) references sector (code);
