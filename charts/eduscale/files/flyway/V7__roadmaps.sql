-- Career roadmaps. The authored roadmap is stored as loaded by the seed step: its graph (nodes
-- with their computed layout, tracks) is read whole on every request, its lessons one at a time.
-- A learner's state is never stored: it is computed from the document, their marks and the
-- evidence (solves), so it cannot get stuck.
create table roadmaps (
    id          uuid primary key default gen_random_uuid(),
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text not null,
    role        text not null,
    summary     text not null,
    version     integer not null check (version > 0),
    position    integer not null default 0,
    -- sha256 of the authored roadmap: the seed rewrites the row only when it differs.
    content_hash text not null,
    graph       jsonb not null,
    lessons     jsonb not null,
    retired_at  timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table roadmap_enrolments (
    user_id     uuid not null references users (id) on delete cascade,
    roadmap_id  uuid not null references roadmaps (id) on delete cascade,
    enrolled_at timestamptz not null default now(),
    primary key (user_id, roadmap_id)
);

-- Append-only: a learner's marks, newest last. The newest mark of a node is its mark;
-- `available` clears an earlier one. Kept by node id, so a node that a new version removes keeps
-- its marks (unshown) and gets them back if it returns.
create table roadmap_marks (
    id          bigint generated always as identity primary key,
    user_id     uuid not null references users (id) on delete cascade,
    roadmap_id  uuid not null references roadmaps (id) on delete cascade,
    node_id     text not null check (length(node_id) between 1 and 100),
    state       text not null check (state in ('in_progress', 'done', 'skipped', 'available')),
    marked_at   timestamptz not null default now()
);
create index roadmap_marks_latest_idx on roadmap_marks (user_id, roadmap_id, node_id, id desc);
