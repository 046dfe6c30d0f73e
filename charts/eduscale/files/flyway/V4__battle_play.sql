-- Playing a battle: each player's submissions (graded through the ordinary submissions and
-- gradings, never regraded here) and when each player reached their best.

create table battle_submissions (
    -- The programming-api submission this battle submission is.
    submission_id uuid primary key references submissions (id) on delete cascade,
    battle_id     uuid not null references battles (id) on delete cascade,
    user_id       uuid not null references users (id) on delete cascade,
    grading_id    uuid not null references gradings (id),
    created_at    timestamptz not null default now(),
    -- Set once, by whichever instance applies the finished grading first: a result counts once.
    applied_at    timestamptz,
    foreign key (battle_id, user_id) references battle_players (battle_id, user_id) on delete cascade
);
create index battle_submissions_pending_idx on battle_submissions (battle_id) where applied_at is null;

-- When the player's best `passed` was reached: group battles rank by tests passed, then by this.
alter table battle_players add column passed_at timestamptz;
