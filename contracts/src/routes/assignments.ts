import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AssignmentDetail, AssignmentList, Slug } from '../assignments.ts';
import { jsonResponse, problem } from './responses.ts';

const tags = ['assignments'];
// Both answers carry an ETag, shared by every caller; a matching If-None-Match gets 304.
const notModified = { description: 'The caller holds the current version (If-None-Match)' };

export const assignmentRoutes = {
  list: createRoute({
    method: 'get',
    path: '/assignments',
    tags,
    summary: 'The assignment catalogue',
    responses: { 200: jsonResponse(AssignmentList, 'Every published assignment'), 304: notModified },
  }),
  get: createRoute({
    method: 'get',
    path: '/assignments/{slug}',
    tags,
    summary: 'One assignment with its statement, starter code and samples',
    request: { params: z.object({ slug: Slug.meta({ description: 'The assignment slug, e.g. add-two-numbers' }) }) },
    responses: { 200: jsonResponse(AssignmentDetail, 'The assignment'), 304: notModified, 400: problem('Not a slug'), 404: problem('No such assignment') },
  }),
};
