-- Stakeholders (people and bodies whose positions the department follows) and their statements: a
-- position taken on a day, on record in a source, optionally during a mission. Both are archived or
-- withdrawn instead of deleted. Sector codes are kept as codes: the sector catalogue checks them.

create sequence stakeholder_seq start with 1 increment by 50;

create table stakeholder (
    id             bigint       not null,
    version        bigint       not null,
    classification integer     default 0 not null,
    name           varchar(200) not null,
    title          varchar(200),
    organisation   varchar(200),
    kind           varchar(20)  not null,
    jurisdiction   varchar(6)   not null,
    status         varchar(20)  default 'ACTIVE' not null,
    constraint stakeholder_pk primary key (id),
    constraint stakeholder_classification_ck check (classification between 0 and 4),
    constraint stakeholder_kind_ck
        check (kind in ('FEDERAL', 'PROVINCIAL', 'FOREIGN_GOVERNMENT', 'EXPERT', 'BUSINESS', 'MEDIA')),
    constraint stakeholder_status_ck check (status in ('ACTIVE', 'ARCHIVED'))
);

create index stakeholder_name_ix on stakeholder (name);
create index stakeholder_classification_ix on stakeholder (classification);

create table stakeholder_aud (
    id             bigint   not null,
    rev            bigint   not null,
    revtype        smallint,
    classification integer,
    name           varchar(200),
    title          varchar(200),
    organisation   varchar(200),
    kind           varchar(20),
    jurisdiction   varchar(6),
    status         varchar(20),
    constraint stakeholder_aud_pk primary key (id, rev),
    constraint stakeholder_aud_revision_fk foreign key (rev) references revision (id)
);

create sequence statement_seq start with 1 increment by 50;

create table statement (
    id                 bigint        not null,
    version            bigint        not null,
    classification     integer      default 0 not null,
    stakeholder_id     bigint        not null,
    made_on            date          not null,
    stance             varchar(20)   not null,
    text               varchar(4000) not null,
    source_publication varchar(200)  not null,
    source_url         varchar(2000),
    mission_id         bigint,
    status             varchar(20)   default 'RECORDED' not null,
    constraint statement_pk primary key (id),
    constraint statement_classification_ck check (classification between 0 and 4),
    constraint statement_stance_ck check (stance in ('SUPPORTS', 'OPPOSES', 'CONCERNED', 'NEUTRAL')),
    constraint statement_status_ck check (status in ('RECORDED', 'WITHDRAWN')),
    constraint statement_stakeholder_fk foreign key (stakeholder_id) references stakeholder (id),
    constraint statement_mission_fk foreign key (mission_id) references mission (id)
);

create index statement_made_on_ix on statement (made_on);
create index statement_stakeholder_id_ix on statement (stakeholder_id);
create index statement_mission_id_ix on statement (mission_id);
create index statement_classification_ix on statement (classification);

create table statement_sector (
    statement_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint statement_sector_pk primary key (statement_id, sector_code),
    constraint statement_sector_statement_fk foreign key (statement_id) references statement (id)
);

create index statement_sector_sector_code_ix on statement_sector (sector_code);

create table statement_aud (
    id                 bigint   not null,
    rev                bigint   not null,
    revtype            smallint,
    classification     integer,
    stakeholder_id     bigint,
    made_on            date,
    stance             varchar(20),
    text               varchar(4000),
    source_publication varchar(200),
    source_url         varchar(2000),
    mission_id         bigint,
    status             varchar(20),
    constraint statement_aud_pk primary key (id, rev),
    constraint statement_aud_revision_fk foreign key (rev) references revision (id)
);

create table statement_sector_aud (
    rev          bigint      not null,
    revtype      smallint    not null,
    statement_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint statement_sector_aud_pk primary key (rev, revtype, statement_id, sector_code),
    constraint statement_sector_aud_revision_fk foreign key (rev) references revision (id)
);
