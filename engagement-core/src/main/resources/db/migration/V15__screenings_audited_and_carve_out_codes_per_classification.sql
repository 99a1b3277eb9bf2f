-- Every screening asked for before anything is on file (POST /screenings, the agreement form's live verdict):
-- who, when, the verdict shown. Insert-only, like the audit trail; also counted per account to hold back a
-- caller who asks too many in a minute (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
create sequence screening_audit_seq start with 1 increment by 50;

create table screening_audit (
    id       bigint                   not null,
    asked_at timestamp with time zone not null,
    account  varchar(255)             not null,
    verdict  varchar(20)              not null,
    constraint screening_audit_pk primary key (id),
    constraint screening_audit_verdict_ck check (verdict in ('CLEAR', 'REVIEW', 'PROHIBITED'))
);

create index screening_audit_account_asked_at_ix on screening_audit (account, asked_at);

-- A carve-out's code is unique at its classification, not across them: an administrator who declares a code
-- that a carve-out above their clearance already holds must not learn that it exists (0031).
alter table carve_out drop constraint carve_out_code_uk;
alter table carve_out add constraint carve_out_code_classification_uk unique (code, classification);
