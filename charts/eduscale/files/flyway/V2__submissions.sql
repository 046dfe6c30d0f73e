-- Submissions and their gradings.
--
-- A grading is one evaluation of one piece of code: (assignment version, language, sha256 of
-- the code). The unique key is what guarantees that identical code is graded once; every
-- submission of that code, by anyone, points at the same grading.

create table gradings (
    id                 uuid primary key default gen_random_uuid(),
    assignment_id      uuid not null references assignments (id) on delete cascade,
    assignment_version integer not null,
    language           text not null check (language in ('python', 'javascript', 'typescript', 'c', 'cpp', 'java', 'go', 'rust')),
    code_sha256        bytea not null check (octet_length(code_sha256) = 32),
    code               text not null,
    status             text not null default 'queued' check (status in ('queued', 'running', 'done')),
    verdict            text check (verdict in ('accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded',
                                               'output_limit_exceeded', 'runtime_error', 'compilation_error', 'internal_error')),
    score              double precision check (score between 0 and 1),
    compile_output     text,
    attempts           integer not null default 0,
    created_at         timestamptz not null default now(),
    -- Last time a grader touched it: the reconciler looks for unfinished gradings gone quiet.
    updated_at         timestamptz not null default now(),
    finished_at        timestamptz,
    constraint gradings_key unique (assignment_id, assignment_version, language, code_sha256),
    constraint gradings_done_has_verdict check ((status = 'done') = (verdict is not null and finished_at is not null))
);
create index gradings_unfinished_idx on gradings (updated_at) where status <> 'done';

create table grading_tests (
    grading_id uuid not null references gradings (id) on delete cascade,
    ordinal    integer not null,
    name       text not null,
    verdict    text not null,
    time_ms    integer not null,
    memory_kb  integer not null,
    -- Where the output first differs, for visible samples only; never hidden test data.
    message    text,
    primary key (grading_id, ordinal)
);

create table submissions (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null references users (id) on delete cascade,
    assignment_id uuid not null references assignments (id) on delete cascade,
    grading_id    uuid not null references gradings (id),
    -- True when the grading was already finished when this submission arrived.
    reused        boolean not null,
    created_at    timestamptz not null default now()
);
create index submissions_user_assignment_idx on submissions (user_id, assignment_id, created_at desc);
create index submissions_user_created_idx on submissions (user_id, created_at desc);
create index submissions_grading_idx on submissions (grading_id);

-- Which submission earned a solve's points (the first accepted one).
alter table solves add column submission_id uuid references submissions (id) on delete set null;
create index solves_points_idx on solves (user_id) include (points);
