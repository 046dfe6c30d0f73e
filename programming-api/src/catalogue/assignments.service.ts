import type { AssignmentDetail, AssignmentSummary } from '@eduscale/contracts';
import type { Sql } from '../db.ts';
import { NotFoundError } from '../errors.ts';
import { findAssignment, findSamples, listAssignments } from './assignments.repo.ts';

export function createAssignmentService(deps: { sql: Sql }) {
  const { sql } = deps;
  return {
    list(): Promise<AssignmentSummary[]> {
      return listAssignments(sql);
    },

    async get(slug: string): Promise<AssignmentDetail> {
      const row = await findAssignment(sql, slug);
      if (!row) throw new NotFoundError(`There is no assignment "${slug}".`);
      const { id, ...detail } = row;
      return { ...detail, samples: await findSamples(sql, id) };
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
