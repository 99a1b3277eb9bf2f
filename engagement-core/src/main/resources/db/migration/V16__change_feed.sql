-- The change feed (GET /api/v1/changes, docs/decisions/0036-change-feed-in-commit-order.md).
-- Each revision notes the records it created or changed (RevisionAuthor, in the revision's own transaction),
-- one row per record, with no position. Positions are numbered after commit by the sequencer, which holds the
-- one row of change_position while it numbers every committed row still without one: so position order is the
-- order in which changes became visible to readers, on every node, which revision id order is not (ids come in
-- blocks of 50 per node).
create table record_change (
    revision_id  bigint      not null,
    record_table varchar(40) not null,
    record_id    bigint      not null,
    change       varchar(10) not null,
    position     bigint,
    constraint record_change_pk primary key (revision_id, record_table, record_id),
    constraint record_change_revision_fk foreign key (revision_id) references revision (id),
    constraint record_change_change_ck check (change in ('CREATED', 'CHANGED'))
);

-- Pages read in position order; the sequencer's "anything to number?" is a look-up of a null here. Unique: a
-- position is given once (both databases let any number of rows hold null).
create unique index record_change_position_ix on record_change (position);

create table change_position (
    id            integer not null,
    last_position bigint  not null,
    constraint change_position_pk primary key (id),
    constraint change_position_one_ck check (id = 1)
);

-- Every record already on file, from its audit trail (revtype 0 = created, 1 = changed; records are never
-- deleted), numbered in revision order: a first full sync of an existing database sees every record. A
-- collection's change (participants, rates, sectors...) always wrote a row of its owner too.
insert into record_change (revision_id, record_table, record_id, change, position)
select rev, record_table, record_id, change,
       row_number() over (order by rev, record_table, record_id)
from (
    select rev, cast('mission' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from mission_aud where revtype in (0, 1)
    union all
    select rev, cast('meeting' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from meeting_aud where revtype in (0, 1)
    union all
    select rev, cast('agreement' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from agreement_aud where revtype in (0, 1)
    union all
    select rev, cast('stakeholder' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from stakeholder_aud where revtype in (0, 1)
    union all
    select rev, cast('statement' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from statement_aud where revtype in (0, 1)
    union all
    select rev, cast('trade_measure' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from trade_measure_aud where revtype in (0, 1)
    union all
    select rev, cast('follow_up' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from follow_up_aud where revtype in (0, 1)
    union all
    select rev, cast('carve_out' as varchar(40)) as record_table, id as record_id,
           case revtype when 0 then 'CREATED' else 'CHANGED' end as change
    from carve_out_aud where revtype in (0, 1)
) audited;

insert into change_position (id, last_position)
select 1, coalesce(max(position), 0) from record_change;
