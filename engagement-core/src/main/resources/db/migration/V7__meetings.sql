-- Meetings, with their participants (stakeholders by id) and topics (sector codes).
create sequence meeting_seq start with 1 increment by 50;

create table meeting (
    id             bigint       not null,
    version        bigint       not null,
    classification integer     default 0 not null,
    mission_id     bigint,
    title          varchar(200) not null,
    kind           varchar(20)  not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    time_zone      varchar(60)  not null,
    location       varchar(200),
    country        varchar(2)      not null,
    agenda         varchar(4000),
    readout        varchar(8000),
    status         varchar(20)  not null,
    constraint meeting_pk primary key (id),
    constraint meeting_mission_fk foreign key (mission_id) references mission (id),
    constraint meeting_period_ck check (ends_at > starts_at),
    constraint meeting_kind_ck
        check (kind in ('BILATERAL', 'MULTILATERAL', 'BANQUET', 'BRIEFING', 'SUMMIT', 'CALL')),
    constraint meeting_status_ck check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    constraint meeting_classification_ck check (classification between 0 and 4)
);
create index meeting_starts_at_ix on meeting (starts_at);
create index meeting_mission_id_ix on meeting (mission_id);
create index meeting_country_ix on meeting (country);
create index meeting_status_ix on meeting (status);
create index meeting_classification_ix on meeting (classification);

create table meeting_participant (
    meeting_id     bigint      not null,
    position       integer     not null,
    stakeholder_id bigint      not null,
    side           varchar(20) not null,
    meeting_role   varchar(120),
    constraint meeting_participant_pk primary key (meeting_id, position),
    constraint meeting_participant_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint meeting_participant_side_ck check (side in ('OURS', 'COUNTERPART', 'THIRD_PARTY'))
);
create index meeting_participant_stakeholder_id_ix on meeting_participant (stakeholder_id);

create table meeting_topic (
    meeting_id  bigint      not null,
    sector_code varchar(40) not null,
    constraint meeting_topic_pk primary key (meeting_id, sector_code),
    constraint meeting_topic_meeting_fk foreign key (meeting_id) references meeting (id)
);
create index meeting_topic_sector_code_ix on meeting_topic (sector_code);

create table meeting_aud (
    id             bigint   not null,
    rev            bigint   not null,
    revtype        smallint,
    classification integer,
    mission_id     bigint,
    title          varchar(200),
    kind           varchar(20),
    starts_at      timestamp with time zone,
    ends_at        timestamp with time zone,
    time_zone      varchar(60),
    location       varchar(200),
    country        varchar(2),
    agenda         varchar(4000),
    readout        varchar(8000),
    status         varchar(20),
    constraint meeting_aud_pk primary key (id, rev),
    constraint meeting_aud_revision_fk foreign key (rev) references revision (id)
);

create table meeting_participant_aud (
    rev            bigint      not null,
    revtype        smallint,
    meeting_id     bigint      not null,
    position       integer     not null,
    stakeholder_id bigint      not null,
    side           varchar(20) not null,
    meeting_role   varchar(120),
    constraint meeting_participant_aud_pk primary key (rev, meeting_id, position),
    constraint meeting_participant_aud_revision_fk foreign key (rev) references revision (id)
);

create table meeting_topic_aud (
    rev         bigint      not null,
    revtype     smallint,
    meeting_id  bigint      not null,
    sector_code varchar(40) not null,
    constraint meeting_topic_aud_pk primary key (rev, meeting_id, sector_code),
    constraint meeting_topic_aud_revision_fk foreign key (rev) references revision (id)
);
