-- Inspection-service's own database. Platform tables (outbox, client_ids) come from
-- db/platform with versions 0.x.

-- Every issue an inspection team found, with where it stands. An issue that became
-- overdue and was then rectified keeps its overdue_on: the ledger remembers it was late.
create table issues (
    issue_id            uuid        primary key,
    team                text        not null,
    region              text        not null,
    site                text        not null,
    responsible_unit    text        not null,
    category            text        not null,
    description         text        not null,
    found_on            date        not null,
    deadline            date        not null,
    status              text        not null default 'OPEN'
                                    check (status in ('OPEN', 'RECTIFIED', 'OVERDUE')),
    rectified_on        date,
    rectification_note  text,
    overdue_on          date,
    recorded_at         timestamptz not null default now(),
    check (deadline >= found_on),
    check ((status = 'RECTIFIED') = (rectified_on is not null)),
    check (status = 'OPEN' or status = 'RECTIFIED' or overdue_on is not null)
);

-- What the overdue check scans: open issues by deadline.
create index issues_open_by_deadline on issues (deadline, issue_id) where status = 'OPEN';

create index issues_by_region on issues (region, status);

-- Officials held to account, for an issue or for their work in general.
create table accountability_actions (
    action_id    uuid        primary key,
    issue_id     uuid        references issues,
    subject      text        not null,
    kind         text        not null,
    taken_on     date        not null,
    recorded_at  timestamptz not null default now()
);

create index accountability_actions_by_issue on accountability_actions (issue_id) where issue_id is not null;
