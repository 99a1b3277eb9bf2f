-- Trade measures (the tariff dispute): what one country imposes on another's goods, with the products it
-- applies to, the sectors it touches, and its rate history. A retaliation names the measure it answers,
-- an exemption the measure it relieves products of (same table). Sector codes are checked against the
-- sector catalogue by the services, not by a foreign key here.
create sequence trade_measure_seq start with 1 increment by 50;

create table trade_measure (
    id                    bigint        not null,
    version               bigint        not null,
    classification        integer      default 0 not null,
    title                 varchar(200)  not null,
    imposing_country      varchar(2)       not null,
    target_country        varchar(2)       not null,
    measure_type          varchar(20)   not null,
    source_publication    varchar(300)  not null,
    source_address        varchar(1000),
    retaliates_against_id bigint,
    exempts_from_id       bigint,
    in_force_from         date          not null,
    in_force_until        date,
    status                varchar(20)   default 'PROPOSED' not null,
    took_effect           boolean       default false not null,
    constraint trade_measure_pk primary key (id),
    constraint trade_measure_classification_ck check (classification between 0 and 4),
    constraint trade_measure_countries_ck check (imposing_country <> target_country),
    constraint trade_measure_type_ck
        check (measure_type in ('TARIFF', 'SURTAX', 'ANTI_DUMPING', 'SAFEGUARD', 'QUOTA', 'BAN', 'EXEMPTION')),
    constraint trade_measure_status_ck check (status in ('PROPOSED', 'IN_FORCE', 'SUSPENDED', 'LIFTED')),
    constraint trade_measure_period_ck check (in_force_until is null or in_force_until >= in_force_from),
    constraint trade_measure_exemption_ck
        check ((measure_type = 'EXEMPTION' and exempts_from_id is not null)
            or (measure_type <> 'EXEMPTION' and exempts_from_id is null)),
    constraint trade_measure_retaliates_against_fk
        foreign key (retaliates_against_id) references trade_measure (id),
    constraint trade_measure_exempts_from_fk foreign key (exempts_from_id) references trade_measure (id)
);

create index trade_measure_classification_ix on trade_measure (classification);
create index trade_measure_imposing_country_target_country_ix on trade_measure (imposing_country, target_country);
create index trade_measure_in_force_from_ix on trade_measure (in_force_from);
create index trade_measure_retaliates_against_id_ix on trade_measure (retaliates_against_id);
create index trade_measure_exempts_from_id_ix on trade_measure (exempts_from_id);

create table trade_measure_product_line (
    trade_measure_id bigint       not null,
    line_no          integer      not null,
    description      varchar(200) not null,
    hs_code          varchar(30)  not null,
    constraint trade_measure_product_line_pk primary key (trade_measure_id, line_no),
    constraint trade_measure_product_line_trade_measure_fk
        foreign key (trade_measure_id) references trade_measure (id)
);

create index trade_measure_product_line_hs_code_ix on trade_measure_product_line (hs_code);

create table trade_measure_sector (
    trade_measure_id bigint      not null,
    sector_code      varchar(40) not null,
    constraint trade_measure_sector_pk primary key (trade_measure_id, sector_code),
    constraint trade_measure_sector_trade_measure_fk
        foreign key (trade_measure_id) references trade_measure (id)
);

create index trade_measure_sector_sector_code_ix on trade_measure_sector (sector_code);

-- One rate per measure and day: a later rate is a new row, the earlier ones stay.
create table trade_measure_rate (
    trade_measure_id bigint       not null,
    effective_from   date         not null,
    rate             numeric(9,3) not null,
    note             varchar(500),
    constraint trade_measure_rate_pk primary key (trade_measure_id, effective_from),
    constraint trade_measure_rate_rate_ck check (rate >= 0),
    constraint trade_measure_rate_trade_measure_fk
        foreign key (trade_measure_id) references trade_measure (id)
);

create table trade_measure_aud (
    id                    bigint   not null,
    rev                   bigint   not null,
    revtype               smallint,
    classification        integer,
    title                 varchar(200),
    imposing_country      varchar(2),
    target_country        varchar(2),
    measure_type          varchar(20),
    source_publication    varchar(300),
    source_address        varchar(1000),
    retaliates_against_id bigint,
    exempts_from_id       bigint,
    in_force_from         date,
    in_force_until        date,
    status                varchar(20),
    took_effect           boolean,
    constraint trade_measure_aud_pk primary key (id, rev),
    constraint trade_measure_aud_revision_fk foreign key (rev) references revision (id)
);

create table trade_measure_product_line_aud (
    rev              bigint       not null,
    revtype          smallint     not null,
    trade_measure_id bigint       not null,
    line_no          integer      not null,
    description      varchar(200) not null,
    hs_code          varchar(30)  not null,
    constraint trade_measure_product_line_aud_pk
        primary key (rev, revtype, trade_measure_id, line_no, description, hs_code),
    constraint trade_measure_product_line_aud_revision_fk foreign key (rev) references revision (id)
);

create table trade_measure_sector_aud (
    rev              bigint      not null,
    revtype          smallint    not null,
    trade_measure_id bigint      not null,
    sector_code      varchar(40) not null,
    constraint trade_measure_sector_aud_pk primary key (rev, revtype, trade_measure_id, sector_code),
    constraint trade_measure_sector_aud_revision_fk foreign key (rev) references revision (id)
);

-- Envers numbers the entries of a set of embeddables (setordinal), and a measure has one rate per day, so the
-- day identifies an entry within a revision.
create table trade_measure_rate_aud (
    rev              bigint       not null,
    revtype          smallint     not null,
    trade_measure_id bigint       not null,
    effective_from   date         not null,
    rate             numeric(9,3) not null,
    note             varchar(500),
    setordinal       integer      not null,
    constraint trade_measure_rate_aud_pk primary key (rev, revtype, trade_measure_id, effective_from),
    constraint trade_measure_rate_aud_revision_fk foreign key (rev) references revision (id)
);
