-- The daily bulletin's inspection ledger, each fact on its business day (foundOn,
-- rectifiedOn, an action's on), or the day of the event's ce_time when it carries none.
-- Whether an issue is overdue at the end of a day follows from its deadline. Views kept
-- before these tables existed are not in them: a rebuild fills them from the log.
create table bulletin_issues (
    issue_id      uuid  primary key,
    region        text,
    found_on      date,
    deadline      date,
    rectified_on  date
);

create index bulletin_issues_by_found_on on bulletin_issues (found_on);

-- One row per accountability action; the official is not kept, the bulletin counts.
create table bulletin_actions (
    action_id  uuid  primary key,
    issue_id   uuid,
    kind       text  not null,
    taken_on   date  not null
);
