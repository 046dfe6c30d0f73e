-- A player is present in a battle once they are in it: they made the challenge, were matched
-- from the queue, accepted it (their call to start), or joined its room over the socket. A
-- battle starts only with every player present, and nobody absent is ever rated.
alter table battle_players add column present_at timestamptz;

-- Battles from before. Past ones keep their players as they were; a challenge waiting for an
-- answer has only its challenger in it; a battle running now has the players who showed they
-- were there (challenger, starter, submitters; everyone of a matchmade one).
update battle_players p set present_at = p.joined_at
from battles b
where b.id = p.battle_id
  and (b.status in ('finished', 'cancelled', 'waiting')
       or b.pairing_key is not null
       or b.challenger_id = p.user_id
       or exists (select 1 from battle_starts s where s.battle_id = b.id and s.started_by = p.user_id)
       or exists (select 1 from battle_submissions bs where bs.battle_id = b.id and bs.user_id = p.user_id));
