import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { jsonResponse } from './responses.ts';

/** Served by programming-api: the document made from every definition here. */
export const openApiDocumentRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This document',
  responses: { 200: jsonResponse(z.looseObject({ openapi: z.string() }), 'OpenAPI 3.1 document') },
});
