-- Follow-ups: what is to be done after a mission, a meeting or an agreement, by whom and by when. The
-- origin is named by kind and id (the services check it exists), and the dashboard lists the open ones by
-- due date.
create sequence follow_up_seq start with 1 increment by 50;

create table follow_up (
    id             bigint        not null,
    version        bigint        not null,
    classification integer      default 0 not null,
    description    varchar(2000) not null,
    origin_kind    varchar(20)   not null,
    origin_id      bigint        not null,
    owner_name     varchar(120)  not null,
    due_date       date          not null,
    status         varchar(20)   default 'OPEN' not null,
    constraint follow_up_pk primary key (id),
    constraint follow_up_classification_ck check (classification between 0 and 4),
    constraint follow_up_origin_kind_ck check (origin_kind in ('MISSION', 'MEETING', 'AGREEMENT')),
    constraint follow_up_origin_id_ck check (origin_id > 0),
    constraint follow_up_status_ck check (status in ('OPEN', 'DONE', 'DROPPED'))
);

create index follow_up_classification_ix on follow_up (classification);
create index follow_up_due_date_ix on follow_up (due_date);
create index follow_up_status_due_date_ix on follow_up (status, due_date);
create index follow_up_origin_kind_origin_id_ix on follow_up (origin_kind, origin_id);

create table follow_up_aud (
    id             bigint   not null,
    rev            bigint   not null,
    revtype        smallint,
    classification integer,
    description    varchar(2000),
    origin_kind    varchar(20),
    origin_id      bigint,
    owner_name     varchar(120),
    due_date       date,
    status         varchar(20),
    constraint follow_up_aud_pk primary key (id, rev),
    constraint follow_up_aud_revision_fk foreign key (rev) references revision (id)
);
