import type { RouteConfig } from '@hono/zod-openapi';
import { accountRoutes } from './accounts.ts';
import { assessmentRoutes } from './assessments.ts';
import { assignmentRoutes } from './assignments.ts';
import { battleRoutes, matchmakingRoutes } from './battles.ts';
import { healthRoute } from './health.ts';
import { pointsLeaderboardRoute, ratingLeaderboardRoute } from './leaderboard.ts';
import { openApiDocumentRoute } from './openapi.ts';
import { runRoute } from './run.ts';
import { roadmapRoutes } from './roadmaps.ts';
import { progressRoute, submissionRoutes } from './submissions.ts';

/**
 * The HTTP routes as wire contracts (`createRoute` from @hono/zod-openapi): each service
 * serves its routes from these definitions, which validate its input, and programming-api
 * builds the public OpenAPI document from all of them. A separate entry from the schemas, so
 * the UI's bundle never takes @hono/zod-openapi in.
 *
 * Paths are relative to `API_BASE_PATH`: programming-api and battle-api mount their routes
 * there, and NGINX passes `/api/run` to each grader's `/run`.
 */
export const API_BASE_PATH = '/api';

export { accountRoutes, assessmentRoutes, assignmentRoutes, battleRoutes, healthRoute, matchmakingRoutes, openApiDocumentRoute, pointsLeaderboardRoute, progressRoute, ratingLeaderboardRoute, roadmapRoutes, runRoute, submissionRoutes };
export { GraderHealth, graderHealthRoute } from './run.ts';
export { PointsLeaderboardQuery, RatingLeaderboardQuery } from './leaderboard.ts';
export { RoadmapEnrolment } from './roadmaps.ts';

/** What NGINX sends to programming-api under `/api` (everything not below). */
export const programmingApiRoutes: RouteConfig[] = [
  healthRoute,
  openApiDocumentRoute,
  ...Object.values(accountRoutes),
  ...Object.values(assignmentRoutes),
  ...Object.values(submissionRoutes),
  progressRoute,
  pointsLeaderboardRoute,
  ...Object.values(roadmapRoutes),
  ...Object.values(assessmentRoutes),
];

/**
 * What NGINX sends to battle-api: `/api/battles*`, and `/api/leaderboard?board=rating|season`.
 * battle-api also answers `healthRoute` on `/health` and `/api/health`, for its own health checks only.
 */
export const battleApiRoutes: RouteConfig[] = [...Object.values(battleRoutes), ...Object.values(matchmakingRoutes), ratingLeaderboardRoute];

/** What NGINX sends to the grader fleet. Each grader also answers `graderHealthRoute` on `/health`, not public. */
export const graderApiRoutes: RouteConfig[] = [runRoute];
