-- Code insights of a grading: lint findings, function metrics and measured complexity. A
-- grading is shared by every submission of the same code (dedup), so identical code is
-- analysed once. The row is written `pending` in the same transaction as the verdict, so a
-- grader that dies before queueing the analysis loses nothing: a sweep queues pending rows again.
create table grading_insights (
    grading_id  uuid primary key references gradings (id) on delete cascade,
    status      text not null default 'pending' check (status in ('pending', 'done', 'failed')),
    insights    jsonb,
    attempts    integer not null default 0,
    created_at  timestamptz not null default now(),
    finished_at timestamptz,
    check ((status = 'done') = (insights is not null))
);
create index grading_insights_pending_idx on grading_insights (created_at) where status = 'pending';
