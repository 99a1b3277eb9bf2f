-- Sectors: the reference tree records are tagged with (codes are part of the public API), and
-- carve-outs: the policies that keep counterpart countries away from sectors, regions and subjects.
-- Both are seeded here: production needs them from its first day. Neither is ever deleted (sectors
-- are retired, carve-outs move to RETIRED), and every change to either is on the audit trail.

create table sector (
    code        varchar(40)  not null,
    version     bigint       not null,
    parent_code varchar(40),
    name_en     varchar(120) not null,
    name_fr     varchar(120) not null,
    retired     boolean      default false not null,
    constraint sector_pk primary key (code),
    constraint sector_parent_fk foreign key (parent_code) references sector (code),
    constraint sector_parent_ck check (parent_code is null or parent_code <> code)
);

create index sector_parent_code_ix on sector (parent_code);

create table sector_aud (
    code        varchar(40)  not null,
    rev         bigint       not null,
    revtype     smallint,
    parent_code varchar(40),
    name_en     varchar(120),
    name_fr     varchar(120),
    retired     boolean,
    constraint sector_aud_pk primary key (code, rev),
    constraint sector_aud_revision_fk foreign key (rev) references revision (id)
);

create sequence carve_out_seq start with 101 increment by 50;

create table carve_out (
    id              bigint        not null,
    version         bigint        not null,
    classification  integer      default 0 not null,
    code            varchar(40)   not null,
    name            varchar(200)  not null,
    rationale       varchar(4000) not null,
    policy_basis    varchar(4000) not null,
    mode            varchar(10)   not null,
    status          varchar(10)   default 'ACTIVE' not null,
    effective_from  date          not null,
    effective_until date,
    constraint carve_out_pk primary key (id),
    constraint carve_out_code_uk unique (code),
    constraint carve_out_mode_ck check (mode in ('PROHIBIT', 'REVIEW')),
    constraint carve_out_status_ck check (status in ('ACTIVE', 'RETIRED')),
    constraint carve_out_classification_ck check (classification between 0 and 4),
    constraint carve_out_period_ck check (effective_until is null or effective_until >= effective_from)
);

create index carve_out_status_effective_from_ix on carve_out (status, effective_from);
create index carve_out_classification_ix on carve_out (classification);

create table carve_out_sector (
    carve_out_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint carve_out_sector_pk primary key (carve_out_id, sector_code),
    constraint carve_out_sector_carve_out_fk foreign key (carve_out_id) references carve_out (id),
    constraint carve_out_sector_sector_fk foreign key (sector_code) references sector (code)
);

create index carve_out_sector_sector_code_ix on carve_out_sector (sector_code);

create table carve_out_region (
    carve_out_id bigint      not null,
    region_code  varchar(40) not null,
    constraint carve_out_region_pk primary key (carve_out_id, region_code),
    constraint carve_out_region_carve_out_fk foreign key (carve_out_id) references carve_out (id)
);

create table carve_out_keyword (
    carve_out_id bigint       not null,
    keyword      varchar(100) not null,
    constraint carve_out_keyword_pk primary key (carve_out_id, keyword),
    constraint carve_out_keyword_carve_out_fk foreign key (carve_out_id) references carve_out (id)
);

create table carve_out_country (
    carve_out_id bigint  not null,
    country      varchar(2) not null,
    constraint carve_out_country_pk primary key (carve_out_id, country),
    constraint carve_out_country_carve_out_fk foreign key (carve_out_id) references carve_out (id)
);

create table carve_out_aud (
    id              bigint   not null,
    rev             bigint   not null,
    revtype         smallint,
    classification  integer,
    code            varchar(40),
    name            varchar(200),
    rationale       varchar(4000),
    policy_basis    varchar(4000),
    mode            varchar(10),
    status          varchar(10),
    effective_from  date,
    effective_until date,
    constraint carve_out_aud_pk primary key (id, rev),
    constraint carve_out_aud_revision_fk foreign key (rev) references revision (id)
);

create table carve_out_sector_aud (
    rev          bigint      not null,
    revtype      smallint    not null,
    carve_out_id bigint      not null,
    sector_code  varchar(40) not null,
    constraint carve_out_sector_aud_pk primary key (rev, revtype, carve_out_id, sector_code),
    constraint carve_out_sector_aud_revision_fk foreign key (rev) references revision (id)
);

create table carve_out_region_aud (
    rev          bigint      not null,
    revtype      smallint    not null,
    carve_out_id bigint      not null,
    region_code  varchar(40) not null,
    constraint carve_out_region_aud_pk primary key (rev, revtype, carve_out_id, region_code),
    constraint carve_out_region_aud_revision_fk foreign key (rev) references revision (id)
);

create table carve_out_keyword_aud (
    rev          bigint       not null,
    revtype      smallint     not null,
    carve_out_id bigint       not null,
    keyword      varchar(100) not null,
    constraint carve_out_keyword_aud_pk primary key (rev, revtype, carve_out_id, keyword),
    constraint carve_out_keyword_aud_revision_fk foreign key (rev) references revision (id)
);

create table carve_out_country_aud (
    rev          bigint   not null,
    revtype      smallint not null,
    carve_out_id bigint   not null,
    country      varchar(2)  not null,
    constraint carve_out_country_aud_pk primary key (rev, revtype, carve_out_id, country),
    constraint carve_out_country_aud_revision_fk foreign key (rev) references revision (id)
);

-- The seed's own revision on the audit trail, made when the migration runs. Its id is drawn from
-- revision_seq like any other (nextval works on H2 and PostgreSQL alike): the application draws
-- blocks of ids from the same sequence, so it never hands out this one, and revisions stay in order.
insert into revision (id, made_at, made_by)
    values (nextval('revision_seq'), cast(extract(epoch from current_timestamp) * 1000 as bigint),
            'migration V3');

-- The sector tree (parents before their children).
insert into sector (code, version, parent_code, name_en, name_fr) values
    ('AGRI_FOOD', 0, null, 'Agriculture and agri-food', 'Agriculture et agroalimentaire'),
    ('FISHERIES', 0, null, 'Fisheries', 'Pêches'),
    ('AUTOMOTIVE', 0, null, 'Automotive', 'Automobile'),
    ('METALS', 0, null, 'Metals', 'Métaux'),
    ('OIL_AND_GAS', 0, null, 'Oil and gas', 'Pétrole et gaz'),
    ('CLEAN_ENERGY', 0, null, 'Clean energy', 'Énergie propre'),
    ('ENVIRONMENT', 0, null, 'Environment', 'Environnement'),
    ('EDUCATION', 0, null, 'Education', 'Éducation'),
    ('FINANCIAL_SERVICES', 0, null, 'Financial services', 'Services financiers'),
    ('TOURISM', 0, null, 'Tourism', 'Tourisme'),
    ('MANUFACTURING', 0, null, 'Manufacturing', 'Fabrication'),
    ('ARCTIC', 0, null, 'Arctic', 'Arctique'),
    ('NATIONAL_SECURITY', 0, null, 'National security', 'Sécurité nationale');

insert into sector (code, version, parent_code, name_en, name_fr) values
    ('CANOLA', 0, 'AGRI_FOOD', 'Canola', 'Canola'),
    ('PORK', 0, 'AGRI_FOOD', 'Pork', 'Porc'),
    ('PULSES', 0, 'AGRI_FOOD', 'Pulses (peas, lentils, beans)', 'Légumineuses (pois, lentilles, haricots)'),
    ('SEAFOOD', 0, 'FISHERIES', 'Fish and seafood', 'Poisson et fruits de mer'),
    ('ELECTRIC_VEHICLES', 0, 'AUTOMOTIVE', 'Electric vehicles', 'Véhicules électriques'),
    ('STEEL', 0, 'METALS', 'Steel', 'Acier'),
    ('ALUMINIUM', 0, 'METALS', 'Aluminium', 'Aluminium'),
    ('CRUDE_OIL', 0, 'OIL_AND_GAS', 'Crude oil', 'Pétrole brut'),
    ('LIQUEFIED_NATURAL_GAS', 0, 'OIL_AND_GAS', 'Liquefied natural gas', 'Gaz naturel liquéfié'),
    ('DEFENCE', 0, 'NATIONAL_SECURITY', 'Defence', 'Défense'),
    ('SENSITIVE_TECHNOLOGY', 0, 'NATIONAL_SECURITY', 'Sensitive technology', 'Technologies sensibles'),
    ('CRITICAL_MINERALS', 0, 'NATIONAL_SECURITY', 'Critical minerals', 'Minéraux critiques'),
    ('CRITICAL_INFRASTRUCTURE', 0, 'NATIONAL_SECURITY', 'Critical infrastructure', 'Infrastructures essentielles'),
    ('TELECOMMUNICATIONS', 0, 'NATIONAL_SECURITY', 'Telecommunications', 'Télécommunications'),
    ('PERSONAL_DATA', 0, 'NATIONAL_SECURITY', 'Sensitive personal data', 'Données personnelles sensibles'),
    ('ECONOMIC_SECURITY', 0, 'NATIONAL_SECURITY', 'Economic security', 'Sécurité économique');

insert into sector_aud (code, rev, revtype, parent_code, name_en, name_fr, retired)
    select s.code, r.id, 0, s.parent_code, s.name_en, s.name_fr, s.retired
    from sector s, revision r where r.made_by = 'migration V3';

-- The carve-outs of the scenario, in force for the PRC from 1 January 2026 with no end. Ids 1 and 2:
-- carve_out_seq starts at 101, so that the application's first block of ids (52-101) cannot reach them.
insert into carve_out (id, version, classification, code, name, rationale, policy_basis, mode, status,
                       effective_from, effective_until) values
    (1, 0, 0, 'NATIONAL_SECURITY', 'National security',
     'Engagement with the People''s Republic of China stays away from what touches Canada''s national'
         || ' security: defence, sensitive technology, critical minerals, critical infrastructure,'
         || ' telecommunications, sensitive personal data and economic security.',
     'The factors of the Guidelines on the National Security Review of Investments under Part IV.1 of'
         || ' the Investment Canada Act: effects on defence capabilities and interests; transfer of'
         || ' sensitive technology or know-how; critical minerals and their supply chains; security of'
         || ' critical infrastructure and of the supply of critical goods and services;'
         || ' telecommunications; access to sensitive personal data; economic security.',
     'PROHIBIT', 'ACTIVE', date '2026-01-01', null),
    (2, 0, 0, 'ARCTIC', 'Arctic',
     'Engagement with the People''s Republic of China stays out of the Canadian Arctic: the'
         || ' territories (Yukon, Northwest Territories, Nunavut), Arctic waters, the Northwest Passage'
         || ' and other shipping routes, and Arctic research stations.',
     'Arctic sovereignty and security as set out in Canada''s Arctic Foreign Policy (2024) and in'
         || ' Our North, Strong and Free (2024); the Government''s position that national security and'
         || ' the Arctic are out of scope of the engagement with China.',
     'PROHIBIT', 'ACTIVE', date '2026-01-01', null);

insert into carve_out_country (carve_out_id, country) values (1, 'CN'), (2, 'CN');

insert into carve_out_sector (carve_out_id, sector_code) values (1, 'NATIONAL_SECURITY'), (2, 'ARCTIC');

insert into carve_out_region (carve_out_id, region_code) values
    (2, 'CA-YT'), (2, 'CA-NT'), (2, 'CA-NU'), (2, 'ARCTIC_WATERS'), (2, 'NORTHWEST_PASSAGE'),
    (2, 'ARCTIC_SHIPPING_ROUTES'), (2, 'ARCTIC_RESEARCH_STATIONS');

-- Keywords catch a proposal by what it says, whoever tagged it. Each is a whole word or phrase, found
-- in any case; accents count (so English "defense" leaves French "défense des intérêts" alone), and
-- French and plural forms are listed where they differ. Words that ordinary
-- trade, energy, environment and agri-food texts use (aluminium, lithium, uranium, potash, grid,
-- drone, surveillance alone, security alone) are left to the sectors, so such texts screen CLEAR.
insert into carve_out_keyword (carve_out_id, keyword) values
    (1, 'defence'), (1, 'defense'), (1, 'défense nationale'), (1, 'military'), (1, 'militaire'), (1, 'militaires'),
    (1, 'dual-use'), (1, 'double usage'), (1, 'weapon'), (1, 'weapons'),
    (1, 'sensitive technology'), (1, 'sensitive technologies'), (1, 'technologies sensibles'),
    (1, 'semiconductor'), (1, 'semiconductors'), (1, 'semi-conducteur'), (1, 'semi-conducteurs'),
    (1, 'quantum computing'), (1, 'artificial intelligence'), (1, 'intelligence artificielle'),
    (1, 'critical minerals'), (1, 'critical mineral'), (1, 'minéraux critiques'),
    (1, 'rare earth'), (1, 'rare earths'), (1, 'terres rares'), (1, 'gallium'), (1, 'germanium'),
    (1, 'critical infrastructure'), (1, 'infrastructures essentielles'),
    (1, 'infrastructure essentielle'),
    (1, '5G'), (1, 'telecommunications network'), (1, 'telecommunications networks'),
    (1, 'réseau de télécommunications'), (1, 'réseaux de télécommunications'),
    (1, 'undersea cable'), (1, 'submarine cable'), (1, 'câble sous-marin'),
    (1, 'personal data'), (1, 'données personnelles'), (1, 'biometric'), (1, 'biometrics'),
    (1, 'genetic data'), (1, 'mass surveillance'), (1, 'surveillance technology'),
    (1, 'espionage'), (1, 'espionnage');

insert into carve_out_keyword (carve_out_id, keyword) values
    (2, 'Arctic'), (2, 'Arctique'), (2, 'subarctic'), (2, 'subarctique'), (2, 'circumpolar'),
    (2, 'circumpolaire'), (2, 'polar'), (2, 'polaire'), (2, 'Northwest Passage'),
    (2, 'passage du Nord-Ouest'), (2, 'Yukon'), (2, 'Northwest Territories'),
    (2, 'Territoires du Nord-Ouest'), (2, 'Nunavut'), (2, 'Nunavik'), (2, 'Inuit Nunangat'),
    (2, 'Beaufort Sea'), (2, 'mer de Beaufort'), (2, 'icebreaker'), (2, 'icebreakers'),
    (2, 'brise-glace');

insert into carve_out_aud (id, rev, revtype, classification, code, name, rationale, policy_basis, mode,
                           status, effective_from, effective_until)
    select c.id, r.id, 0, c.classification, c.code, c.name, c.rationale, c.policy_basis, c.mode,
           c.status, c.effective_from, c.effective_until
    from carve_out c, revision r where r.made_by = 'migration V3';

insert into carve_out_sector_aud (rev, revtype, carve_out_id, sector_code)
    select r.id, 0, c.carve_out_id, c.sector_code
    from carve_out_sector c, revision r where r.made_by = 'migration V3';
insert into carve_out_region_aud (rev, revtype, carve_out_id, region_code)
    select r.id, 0, c.carve_out_id, c.region_code
    from carve_out_region c, revision r where r.made_by = 'migration V3';
insert into carve_out_keyword_aud (rev, revtype, carve_out_id, keyword)
    select r.id, 0, c.carve_out_id, c.keyword
    from carve_out_keyword c, revision r where r.made_by = 'migration V3';
insert into carve_out_country_aud (rev, revtype, carve_out_id, country)
    select r.id, 0, c.carve_out_id, c.country
    from carve_out_country c, revision r where r.made_by = 'migration V3';
