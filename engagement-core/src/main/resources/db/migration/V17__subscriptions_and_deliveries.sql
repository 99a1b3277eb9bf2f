-- Webhook subscriptions and their deliveries (docs/decisions/0039-signed-webhooks.md). A subscription is its
-- owner's: the account that created it, whose clearance at delivery time decides what is sent. Never deleted:
-- cancellation is a status. Its own fields (who, where, which kinds, status) are on the audit trail
-- (subscription_aud); the secret and the delivery progress are not, so a delivery writes no revision.
create sequence subscription_seq start with 1 increment by 50;

create table subscription (
    id              bigint                   not null,
    owner           varchar(255)             not null,
    url             varchar(2000)            not null,
    kinds           varchar(1000)            not null,
    secret          varchar(200)             not null,
    status          varchar(20)              not null,
    api_base        varchar(2000)            not null,
    created_at      timestamp with time zone not null,
    version         bigint                   not null,
    -- progress, written by the dispatcher alone, in its own short transactions
    delivered_up_to bigint                   not null,
    reason          varchar(500),
    failing_since   timestamp with time zone,
    next_attempt_at timestamp with time zone not null,
    attempts        integer                  not null,
    lease_owner     varchar(255),
    lease_until     timestamp with time zone,
    constraint subscription_pk primary key (id),
    constraint subscription_status_ck check (status in ('ACTIVE', 'HELD', 'SUSPENDED', 'CANCELLED'))
);

create index subscription_owner_ix on subscription (owner, id);
create index subscription_due_ix on subscription (status, next_attempt_at);

create table subscription_aud (
    id         bigint   not null,
    rev        bigint   not null,
    revtype    smallint,
    owner      varchar(255),
    url        varchar(2000),
    kinds      varchar(1000),
    status     varchar(20),
    api_base   varchar(2000),
    created_at timestamp with time zone,
    constraint subscription_aud_pk primary key (id, rev),
    constraint subscription_aud_revision_fk foreign key (rev) references revision (id)
);

-- Every attempt to deliver one change to one subscription: kept, never updated, so the subscriber can see
-- what their receiver answered (at most 1024 characters of it).
create sequence delivery_seq start with 1 increment by 50;

create table delivery (
    id              bigint                   not null,
    subscription_id bigint                   not null,
    feed_position   bigint                   not null,
    webhook_id      varchar(100)             not null,
    attempt         integer                  not null,
    attempted_at    timestamp with time zone not null,
    status_code     integer,
    outcome         varchar(20)              not null,
    answer          varchar(1024),
    elapsed_ms      bigint                   not null,
    constraint delivery_pk primary key (id),
    constraint delivery_subscription_fk foreign key (subscription_id) references subscription (id),
    constraint delivery_outcome_ck check (outcome in ('DELIVERED', 'REJECTED', 'REDIRECTED', 'TIMED_OUT', 'UNREACHABLE', 'HELD'))
);

create index delivery_subscription_ix on delivery (subscription_id, id);
