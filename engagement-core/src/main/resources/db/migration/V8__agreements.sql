-- Agreements: parties, sectors and regions (screened against the carve-outs), their lifecycle steps,
-- and an approver's exemption from a REVIEW carve-out.
create sequence agreement_seq start with 1 increment by 50;

create table agreement (
    id                      bigint       not null,
    version                 bigint       not null,
    classification          integer     default 0 not null,
    title                   varchar(200) not null,
    mission_id              bigint,
    meeting_id              bigint,
    summary                 varchar(8000),
    proposed_on             date         not null,
    status                  varchar(20)  not null,
    exempted_by             varchar(120),
    exempted_at             timestamp with time zone,
    exemption_justification varchar(2000),
    constraint agreement_pk primary key (id),
    constraint agreement_mission_fk foreign key (mission_id) references mission (id),
    constraint agreement_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint agreement_status_ck check (status in ('PROPOSED', 'UNDER_NEGOTIATION', 'SIGNED',
        'IN_FORCE', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN')),
    constraint agreement_classification_ck check (classification between 0 and 4)
);
create index agreement_status_ix on agreement (status);
create index agreement_proposed_on_ix on agreement (proposed_on);
create index agreement_mission_id_ix on agreement (mission_id);
create index agreement_classification_ix on agreement (classification);

create table agreement_party (
    agreement_id bigint  not null,
    country      varchar(2) not null,
    constraint agreement_party_pk primary key (agreement_id, country),
    constraint agreement_party_agreement_fk foreign key (agreement_id) references agreement (id)
);
create index agreement_party_country_ix on agreement_party (country);

create table agreement_sector (
    agreement_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint agreement_sector_pk primary key (agreement_id, sector_code),
    constraint agreement_sector_agreement_fk foreign key (agreement_id) references agreement (id)
);
create index agreement_sector_sector_code_ix on agreement_sector (sector_code);

create table agreement_region (
    agreement_id bigint      not null,
    region_code  varchar(40) not null,
    constraint agreement_region_pk primary key (agreement_id, region_code),
    constraint agreement_region_agreement_fk foreign key (agreement_id) references agreement (id)
);

create table agreement_transition (
    agreement_id  bigint       not null,
    position      integer      not null,
    from_status   varchar(20)  not null,
    to_status     varchar(20)  not null,
    effective_on  date         not null,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(120) not null,
    justification varchar(2000),
    constraint agreement_transition_pk primary key (agreement_id, position),
    constraint agreement_transition_agreement_fk foreign key (agreement_id) references agreement (id)
);

create table agreement_aud (
    id                      bigint   not null,
    rev                     bigint   not null,
    revtype                 smallint,
    classification          integer,
    title                   varchar(200),
    mission_id              bigint,
    meeting_id              bigint,
    summary                 varchar(8000),
    proposed_on             date,
    status                  varchar(20),
    exempted_by             varchar(120),
    exempted_at             timestamp with time zone,
    exemption_justification varchar(2000),
    constraint agreement_aud_pk primary key (id, rev),
    constraint agreement_aud_revision_fk foreign key (rev) references revision (id)
);

create table agreement_party_aud (
    rev          bigint  not null,
    revtype      smallint,
    agreement_id bigint  not null,
    country      varchar(2) not null,
    constraint agreement_party_aud_pk primary key (rev, agreement_id, country),
    constraint agreement_party_aud_revision_fk foreign key (rev) references revision (id)
);

create table agreement_sector_aud (
    rev          bigint      not null,
    revtype      smallint,
    agreement_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint agreement_sector_aud_pk primary key (rev, agreement_id, sector_code),
    constraint agreement_sector_aud_revision_fk foreign key (rev) references revision (id)
);

create table agreement_region_aud (
    rev          bigint      not null,
    revtype      smallint,
    agreement_id bigint      not null,
    region_code  varchar(40) not null,
    constraint agreement_region_aud_pk primary key (rev, agreement_id, region_code),
    constraint agreement_region_aud_revision_fk foreign key (rev) references revision (id)
);

create table agreement_transition_aud (
    rev           bigint       not null,
    revtype       smallint,
    agreement_id  bigint       not null,
    position      integer      not null,
    from_status   varchar(20)  not null,
    to_status     varchar(20)  not null,
    effective_on  date         not null,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(120) not null,
    justification varchar(2000),
    constraint agreement_transition_aud_pk primary key (rev, agreement_id, position),
    constraint agreement_transition_aud_revision_fk foreign key (rev) references revision (id)
);
