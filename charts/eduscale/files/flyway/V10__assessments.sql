-- Mock assessments. Templates and the concept-question bank are loaded by the seed step from
-- content/assessments; an attempt freezes the questions it drew (with their answer keys) in its
-- own row, so editing the content never changes an attempt already made.
create table assessment_topics (
    slug        text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text not null,
    -- where to study the topic: [{ "roadmap", "node" }]
    study       jsonb not null
);

create table assessment_questions (
    id          text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    topic       text not null references assessment_topics (slug),
    kind        text not null check (kind in ('choice', 'output')),
    difficulty  text not null check (difficulty in ('easy', 'medium', 'hard')),
    -- the authored question, answer key included; never sent before an attempt ends
    body        jsonb not null,
    retired_at  timestamptz
);
create index assessment_questions_pool_idx on assessment_questions (topic, kind, difficulty) where retired_at is null;

create table assessment_templates (
    slug             text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title            text not null,
    summary          text not null,
    position         integer not null,
    duration_seconds integer not null check (duration_seconds > 0),
    passing_percent  integer not null check (passing_percent between 1 and 100),
    cooldown_seconds integer not null check (cooldown_seconds >= 0),
    sections         jsonb not null,
    content_hash     text not null,
    retired_at       timestamptz
);

create table assessment_attempts (
    id           uuid primary key default gen_random_uuid(),
    user_id      uuid not null references users (id) on delete cascade,
    template     text not null references assessment_templates (slug),
    seed         bigint not null,
    status       text not null default 'active' check (status in ('active', 'finished')),
    started_at   timestamptz not null default now(),
    ends_at      timestamptz not null,
    finished_at  timestamptz,
    -- the questions drawn, in order, with their answer keys: frozen for the attempt's life
    questions    jsonb not null,
    max_score    integer not null,
    -- set once every coding answer given before the end is graded
    score        integer,
    percent      integer,
    passed       boolean,
    scored_at    timestamptz,
    check ((status = 'finished') = (finished_at is not null))
);
-- One active attempt per learner: a second start is refused by this index, whatever the race.
create unique index assessment_attempts_one_active_idx on assessment_attempts (user_id) where status = 'active';
create index assessment_attempts_user_idx on assessment_attempts (user_id, template, started_at);
create index assessment_attempts_deadline_idx on assessment_attempts (ends_at) where status = 'active';
create index assessment_attempts_scored_idx on assessment_attempts (template, percent) where scored_at is not null;
create index assessment_attempts_unscored_idx on assessment_attempts (finished_at) where status = 'finished' and scored_at is null;

-- The latest answer to each question (coding: the latest code given).
create table assessment_answers (
    attempt_id   uuid not null references assessment_attempts (id) on delete cascade,
    question     text not null,
    body         jsonb not null,
    submission_id uuid references submissions (id) on delete set null,
    answered_at  timestamptz not null default now(),
    primary key (attempt_id, question)
);

-- Every coding answer's submission, so the latest graded one counts even when a later one failed inside the grader.
create table assessment_coding_answers (
    attempt_id    uuid not null references assessment_attempts (id) on delete cascade,
    question      text not null,
    submission_id uuid not null references submissions (id) on delete cascade,
    answered_at   timestamptz not null default now(),
    primary key (attempt_id, submission_id)
);
create index assessment_coding_answers_question_idx on assessment_coding_answers (attempt_id, question, answered_at desc);

-- What the browser reports: a question opened, the page losing and regaining focus, a paste.
create table assessment_events (
    id          bigint generated always as identity primary key,
    attempt_id  uuid not null references assessment_attempts (id) on delete cascade,
    question    text not null,
    type        text not null check (type in ('open', 'blur', 'focus', 'paste')),
    at          timestamptz not null default now()
);
create index assessment_events_attempt_idx on assessment_events (attempt_id, id);
