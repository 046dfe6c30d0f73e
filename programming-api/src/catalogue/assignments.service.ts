import type { AssignmentDetail, AssignmentList } from '@eduscale/contracts';
import type { Redis, Sql } from '@eduscale/server-kit/deps';
import { NotFoundError } from '@eduscale/server-kit/errors';
import type { Logger } from '../logger.ts';
import { createCatalogueCache, type CatalogueCacheSettings } from './catalogue-cache.ts';
import { findAssignment, findSamples, listAssignments } from './assignments.repo.ts';

export function createAssignmentService(deps: { sql: Sql; redis: Redis; logger?: Logger; cache?: Partial<CatalogueCacheSettings> }) {
  const { sql } = deps;
  const cache = createCatalogueCache({ redis: deps.redis, logger: deps.logger, settings: deps.cache });
  return {
    /** The same object for every caller while it is memoised: treat it as read-only. */
    list(): Promise<AssignmentList> {
      return cache.read('list', async () => ({ items: await listAssignments(sql) }));
    },

    get(slug: string): Promise<AssignmentDetail> {
      return cache.read(`assignment:${slug}`, async () => {
        const row = await findAssignment(sql, slug);
        if (!row) throw new NotFoundError(`There is no assignment "${slug}".`);
        const { id, ...detail } = row;
        return { ...detail, samples: await findSamples(sql, id) };
      });
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
