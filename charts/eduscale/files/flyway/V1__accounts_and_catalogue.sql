-- Accounts, sessions, the assignment catalogue and the points ledger.

create table users (
    id            uuid primary key default gen_random_uuid(),
    username      text not null check (username ~ '^[A-Za-z0-9_-]{3,32}$'),
    password_hash text not null,
    created_at    timestamptz not null default now()
);
-- Names are unique regardless of case, so "Ada" and "ada" cannot both exist.
create unique index users_username_lower_key on users (lower(username));

create table sessions (
    -- sha256 of the cookie token: a leaked table holds no usable cookie.
    token_hash   bytea primary key,
    user_id      uuid not null references users (id) on delete cascade,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null
);
create index sessions_user_id_idx on sessions (user_id);
create index sessions_expires_at_idx on sessions (expires_at);

create table assignments (
    id              uuid primary key default gen_random_uuid(),
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text not null,
    difficulty      text not null check (difficulty in ('easy', 'medium', 'hard')),
    points          integer not null check (points > 0),
    tags            text[] not null default '{}',
    statement       text not null,
    languages       text[] not null,
    starter_code    jsonb not null,
    time_limit_ms   integer not null check (time_limit_ms > 0),
    memory_limit_mb integer not null check (memory_limit_mb > 0),
    checker         jsonb not null,
    -- version changes exactly when tests_hash does: graded results are keyed by it.
    version         integer not null default 1,
    tests_hash      text not null,
    position        integer not null default 0,
    retired_at      timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table assignment_tests (
    assignment_id uuid not null references assignments (id) on delete cascade,
    ordinal       integer not null,
    name          text not null,
    is_sample     boolean not null,
    input         text not null,
    expected      text not null,
    primary key (assignment_id, ordinal)
);

-- One row per user and assignment: the primary key is what makes points count once.
create table solves (
    user_id       uuid not null references users (id) on delete cascade,
    assignment_id uuid not null references assignments (id) on delete cascade,
    points        integer not null check (points >= 0),
    solved_at     timestamptz not null default now(),
    primary key (user_id, assignment_id)
);
