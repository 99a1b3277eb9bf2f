-- Stakeholders (people and bodies whose positions the department follows) and their statements: a
-- position taken on a day, on record in a source, optionally during a mission. Both are archived or
-- withdrawn instead of deleted. Sector codes are kept as codes: the sector catalogue checks them.

create sequence stakeholder_seq start with 1 increment by 50;

create table stakeholder (
    id             bigint       not null,
    version        bigint       not null,
    classification smallint     default 0 not null,
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
    classification smallint,
    name           varchar(200),
    title          varchar(200),
    organisation   varchar(200),
    kind           varchar(20),
    jurisdiction   varchar(6),
    status         varchar(20),
    constraint stakeholder_aud_pk primary key (id, rev),
    constraint stakeholder_aud_revision_fk foreign key (rev) references revision (id)
);
