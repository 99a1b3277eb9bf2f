-- Missions: the visits every other record of an engagement hangs from.
create sequence mission_seq start with 1 increment by 50;

create table mission (
    id                  bigint       not null,
    version             bigint       not null,
    title               varchar(200) not null,
    counterpart_country varchar(2)      not null,
    host_city           varchar(120) not null,
    start_date          date         not null,
    end_date            date         not null,
    mission_lead        varchar(120) not null,
    constraint mission_pk primary key (id),
    constraint mission_period_ck check (end_date >= start_date)
);

create index mission_start_date_ix on mission (start_date);
create index mission_counterpart_country_ix on mission (counterpart_country);
