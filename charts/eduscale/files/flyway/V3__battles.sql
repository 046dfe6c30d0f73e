-- Battles: direct challenges and (later) matchmade 1v1 and group battles, their players, and
-- OpenSkill ratings with their history.

create table battles (
    id               uuid primary key default gen_random_uuid(),
    mode             text not null check (mode in ('1v1', 'group')),
    status           text not null default 'invited'
                     check (status in ('invited', 'waiting', 'running', 'finished', 'cancelled')),
    assignment_id    uuid not null references assignments (id),
    -- A direct challenge: who challenged whom. Null for matchmade battles.
    challenger_id    uuid references users (id) on delete cascade,
    opponent_id      uuid references users (id) on delete cascade,
    -- Matchmaking names each pairing (its tickets); one pairing makes one battle.
    pairing_key      text unique,
    duration_seconds integer not null check (duration_seconds > 0),
    started_at       timestamptz,
    ends_at          timestamptz,
    finished_at      timestamptz,
    winner_id        uuid references users (id) on delete set null,
    created_at       timestamptz not null default now(),
    check (challenger_id is null or challenger_id <> opponent_id),
    check ((started_at is null) = (ends_at is null)),
    check (status not in ('running', 'finished') or started_at is not null)
);
create index battles_status_idx on battles (status) where status in ('invited', 'waiting', 'running');

-- One open challenge per pair of players, whoever challenged whom: a second invite (or a
-- double click racing the first) is refused by the index, not by an `if`.
create unique index battles_open_challenge_key on battles (least(challenger_id, opponent_id), greatest(challenger_id, opponent_id))
    where challenger_id is not null and status in ('invited', 'waiting', 'running');

-- One row per started battle: the final guard that a battle starts once, however many
-- instances race to start it.
create table battle_starts (
    battle_id  uuid primary key references battles (id) on delete cascade,
    started_by uuid references users (id) on delete set null,
    started_at timestamptz not null default now()
);

create table battle_players (
    battle_id   uuid not null references battles (id) on delete cascade,
    user_id     uuid not null references users (id) on delete cascade,
    joined_at   timestamptz not null default now(),
    passed      integer not null default 0 check (passed >= 0),
    total       integer not null default 0 check (total >= 0),
    finished_at timestamptz,
    -- 1 for the winner; ties share a rank. Null until the battle ends.
    rank        integer check (rank >= 1),
    primary key (battle_id, user_id)
);
create index battle_players_user_id_idx on battle_players (user_id);

-- OpenSkill (Plackett-Luce) ratings; shown as the conservative mu - 3 sigma.
create table player_ratings (
    user_id    uuid primary key references users (id) on delete cascade,
    mu         double precision not null default 25,
    sigma      double precision not null default 8.333333333333334 check (sigma > 0),
    battles    integer not null default 0 check (battles >= 0),
    updated_at timestamptz not null default now()
);

-- One change per player per battle: a result is applied to ratings once.
create table rating_history (
    user_id      uuid not null references users (id) on delete cascade,
    battle_id    uuid not null references battles (id) on delete cascade,
    mu_before    double precision not null,
    sigma_before double precision not null,
    mu_after     double precision not null,
    sigma_after  double precision not null,
    created_at   timestamptz not null default now(),
    primary key (user_id, battle_id)
);
