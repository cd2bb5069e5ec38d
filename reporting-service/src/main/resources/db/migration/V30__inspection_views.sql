-- One row per issue: its region (from IssueFound) and whether it was found, rectified and
-- announced overdue. Each flag only ever turns true (inspection-service announces each at
-- most once), so merging a batch's facts into a row is exact whatever the batches'
-- boundaries (see IssueChange). An issue whose IssueFound was not seen has no region and
-- is not on the ledger.
create table inspection_issues (
    issue_id   uuid     primary key,
    region     text,
    found      boolean  not null default false,
    rectified  boolean  not null default false,
    overdue    boolean  not null default false
);

create index inspection_issues_by_region on inspection_issues (region);

-- One row per accountability action, by its action id (applying one twice changes
-- nothing): its kind, and the issue it answers (null when none), whose region places it.
-- The official's name is not kept: the ledger counts actions, it does not name anyone.
create table inspection_actions (
    action_id  uuid  primary key,
    issue_id   uuid,
    kind       text  not null
);
