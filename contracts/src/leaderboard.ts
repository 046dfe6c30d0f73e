/**
 * The points leaderboard is a Redis sorted set (member = username, score = points) that
 * Postgres can always rebuild. Whoever awards points adds them only while the set exists:
 * a missing set is rebuilt whole on the next read, never half-filled by one increment.
 */
export const POINTS_LEADERBOARD_KEY = 'leaderboard:points';
/** Rebuilt sets expire, so any drift between Redis and Postgres heals on its own. */
export const POINTS_LEADERBOARD_TTL_SECONDS = 600;
/** KEYS[1] = the set, ARGV[1] = points, ARGV[2] = member. */
export const INCREMENT_IF_PRESENT_LUA = `if redis.call('exists', KEYS[1]) == 1 then return redis.call('zincrby', KEYS[1], ARGV[1], ARGV[2]) end return false`;
