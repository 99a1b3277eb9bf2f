-- Every record carries a classification (0 = UNCLASSIFIED ... 4 = SECRET) and can be archived instead
-- of deleted; every change is kept on the audit trail (Hibernate Envers tables: revision, *_aud).

alter table mission add column objectives varchar(4000);
alter table mission add column status varchar(20) default 'PLANNED' not null;
alter table mission add column classification integer default 0 not null;
alter table mission add constraint mission_status_ck
    check (status in ('PLANNED', 'UNDERWAY', 'COMPLETED', 'CANCELLED'));
alter table mission add constraint mission_classification_ck check (classification between 0 and 4);
create index mission_classification_ix on mission (classification);

create sequence revision_seq start with 1 increment by 50;

create table revision (
    id      bigint       not null,
    made_at bigint       not null,
    made_by varchar(120) not null,
    constraint revision_pk primary key (id)
);

create table mission_aud (
    id                  bigint   not null,
    rev                 bigint   not null,
    revtype             smallint,
    classification      integer,
    title               varchar(200),
    counterpart_country varchar(2),
    host_city           varchar(120),
    start_date          date,
    end_date            date,
    mission_lead        varchar(120),
    objectives          varchar(4000),
    status              varchar(20),
    constraint mission_aud_pk primary key (id, rev),
    constraint mission_aud_revision_fk foreign key (rev) references revision (id)
);
