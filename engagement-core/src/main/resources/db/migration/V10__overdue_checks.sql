-- The daily overdue check (OverdueCheck): one row per Ottawa day, made by whichever node's timer ran it
-- (the primary key makes a second run of the same day fail rather than count twice), and one notice per
-- follow-up that went overdue, kept for good: insert-only, like the audit trail.
create table overdue_check (
    check_day     date         not null,
    checked_at    timestamp    not null,
    node          varchar(120) not null,
    newly_overdue integer      not null,
    constraint overdue_check_pk primary key (check_day),
    constraint overdue_check_newly_overdue_ck check (newly_overdue >= 0)
);

create table overdue_notice (
    follow_up_id bigint not null,
    due_date     date   not null,
    check_day    date   not null,
    constraint overdue_notice_pk primary key (follow_up_id, due_date),
    constraint overdue_notice_follow_up_fk foreign key (follow_up_id) references follow_up (id),
    constraint overdue_notice_check_fk foreign key (check_day) references overdue_check (check_day)
);

create index overdue_notice_check_day_ix on overdue_notice (check_day);
