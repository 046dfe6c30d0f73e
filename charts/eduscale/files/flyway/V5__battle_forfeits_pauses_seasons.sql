-- Ending battles fairly: a player who stays disconnected past the grace period forfeits; while
-- grading is unavailable a battle's clock is paused (ends_at moves later by the pause) or, past
-- the longest pause, the battle ends as a draw; every finished battle awards season points.

alter table battles add column paused_at timestamptz;
alter table battles add column end_reason text
    check (end_reason in ('solved', 'all_finished', 'deadline', 'forfeit', 'grading_unavailable'));
alter table battles add check (paused_at is null or status = 'running');

alter table battle_players add column forfeited_at timestamptz;
-- Awarded when the battle ends; the season is the calendar month (UTC) of battles.finished_at.
alter table battle_players add column season_points integer check (season_points >= 0);

create index battles_finished_at_idx on battles (finished_at) where status = 'finished';
