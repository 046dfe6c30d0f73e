import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Slug } from '../assignments.ts';
import { NodeId, RoadmapDetail, RoadmapList, RoadmapMarkRequest, RoadmapNode, RoadmapNodeDetail } from '../roadmaps.ts';
import { crossSite, jsonRequest, jsonResponse, problem, signedIn, unauthenticated } from './responses.ts';

const tags = ['roadmaps'];
const RoadmapParams = z.object({ slug: Slug.meta({ description: 'The roadmap slug' }) });
const NodeParams = RoadmapParams.extend({ id: NodeId.meta({ description: 'The node id' }) });
const malformed = problem('A malformed slug or node id');
const noSuchRoadmap = problem('No such roadmap');
const noSuchNode = problem('No such roadmap or node');

export const RoadmapEnrolment = z.object({ slug: Slug, enrolled: z.literal(true) });

/** Reading is public (a guest sees the fresh state, a signed-in learner their own); enrolling and marking need a session. */
export const roadmapRoutes = {
  list: createRoute({
    method: 'get',
    path: '/roadmaps',
    tags,
    summary: 'Every roadmap with its node count, and the caller’s done count and enrolment',
    responses: { 200: jsonResponse(RoadmapList, 'The roadmaps') },
  }),
  get: createRoute({
    method: 'get',
    path: '/roadmaps/{slug}',
    tags,
    summary: 'A roadmap: its graph (with layout), each node’s state and what still locks it, the tracks, the suggested next step and progress',
    request: { params: RoadmapParams },
    responses: { 200: jsonResponse(RoadmapDetail, 'The roadmap'), 400: malformed, 404: noSuchRoadmap },
  }),
  node: createRoute({
    method: 'get',
    path: '/roadmaps/{slug}/nodes/{id}',
    tags,
    summary: 'One node with its state and, for a topic, its lesson (markdown)',
    request: { params: NodeParams },
    responses: { 200: jsonResponse(RoadmapNodeDetail, 'The node'), 400: malformed, 404: noSuchNode },
  }),
  enrol: createRoute({
    method: 'post',
    path: '/roadmaps/{slug}/enrol',
    tags,
    security: signedIn,
    summary: 'Enrol in a roadmap (again: no change)',
    request: { params: RoadmapParams },
    responses: { 200: jsonResponse(RoadmapEnrolment, 'Enrolled'), 400: malformed, 401: unauthenticated, 403: crossSite, 404: noSuchRoadmap },
  }),
  leave: createRoute({
    method: 'delete',
    path: '/roadmaps/{slug}/enrol',
    tags,
    security: signedIn,
    summary: 'Leave a roadmap (marks are kept)',
    request: { params: RoadmapParams },
    responses: { 204: { description: 'Not enrolled' }, 400: malformed, 401: unauthenticated, 403: crossSite, 404: noSuchRoadmap },
  }),
  mark: createRoute({
    method: 'put',
    path: '/roadmaps/{slug}/nodes/{id}',
    tags,
    security: signedIn,
    summary: 'Mark a step by hand (`available` clears the mark); marking enrols',
    request: { params: NodeParams, body: jsonRequest(RoadmapMarkRequest) },
    responses: {
      200: jsonResponse(RoadmapNode, 'The node in its new state'),
      400: problem('A malformed slug or node id, or a state one cannot set'),
      401: unauthenticated,
      403: crossSite,
      404: noSuchNode,
      409: problem('The node is locked (`missing` names what locks it), or is done by evidence, not by hand (assignments, assessments, milestones)'),
    },
  }),
};
