import type { RoadmapDetail, RoadmapList, RoadmapMarkRequest, RoadmapNode, RoadmapNodeDetail, RoadmapStanding } from '@eduscale/contracts';
import type { Sql } from '@eduscale/server-kit/deps';
import { NotFoundError } from '@eduscale/server-kit/errors';
import type { SessionUser } from '@eduscale/server-kit/sessions';
import { NodeLockedError, NotMarkableError } from './roadmap-errors.ts';
import { suggestNextStep } from './roadmap-next-step.ts';
import { computeStates, progressOf, type Evidence, type Mark, type NodeStatus } from './roadmap-state.ts';
import * as repo from './roadmaps.repo.ts';
import { edgesOf, type StoredNode } from './stored-roadmap.ts';

const NO_MARKS: ReadonlyMap<string, Mark> = new Map();
const GUEST: Evidence = { solvedAssignments: new Set(), passedAssessments: new Set(), openAssessments: new Set() };

interface Learner {
  evidence: Evidence;
  marks: Map<string, Map<string, Mark>>;
  enrolled: Set<string>;
}

/**
 * Roadmaps with a learner's state on them. Reading is public (a guest sees the fresh state);
 * the state is computed on every read from the stored graph, the learner's marks and their
 * evidence, so an accepted submission shows on every roadmap holding that assignment at once.
 */
export function createRoadmapService(deps: { sql: Sql }) {
  const { sql } = deps;

  async function learnerOf(user: SessionUser | undefined, roadmapIds: string[]): Promise<Learner> {
    const openAssessments = await repo.findOpenTemplates(sql);
    if (!user) return { evidence: { ...GUEST, openAssessments }, marks: new Map(), enrolled: new Set() };
    const [solved, passed, marks, enrolled] = await Promise.all([
      repo.findSolvedSlugs(sql, user.id),
      repo.findPassedTemplates(sql, user.id),
      repo.findMarks(sql, user.id, roadmapIds),
      repo.findEnrolled(sql, user.id),
    ]);
    return { evidence: { solvedAssignments: solved, passedAssessments: passed, openAssessments }, marks, enrolled };
  }

  function stateOf(roadmap: repo.RoadmapRow, learner: Learner) {
    const marks = learner.marks.get(roadmap.id) ?? NO_MARKS;
    const statuses = computeStates(roadmap.graph.nodes, marks, learner.evidence);
    return { statuses: new Map(statuses.map((s) => [s.id, s])), progress: progressOf(statuses), next: () => suggestNextStep(roadmap.graph.nodes, statuses, marks, learner.evidence) };
  }

  async function load(slug: string, user: SessionUser | undefined) {
    const roadmap = await repo.findRoadmap(sql, slug);
    if (!roadmap) throw new NotFoundError(`No roadmap ${slug}.`);
    const learner = await learnerOf(user, [roadmap.id]);
    return { roadmap, learner, state: stateOf(roadmap, learner) };
  }

  function findNode(roadmap: repo.RoadmapRow, nodeId: string): StoredNode {
    const node = roadmap.graph.nodes.find((n) => n.id === nodeId);
    if (!node) throw new NotFoundError(`Roadmap ${roadmap.slug} has no step ${nodeId}.`);
    return node;
  }

  return {
    async list(user: SessionUser | undefined): Promise<RoadmapList> {
      const roadmaps = await repo.findRoadmaps(sql);
      const learner = await learnerOf(user, roadmaps.map((r) => r.id));
      return {
        items: roadmaps.map((roadmap) => {
          const { progress } = stateOf(roadmap, learner);
          return { slug: roadmap.slug, title: roadmap.title, role: roadmap.role, summary: roadmap.summary, nodes: progress.total, done: progress.done, enrolled: learner.enrolled.has(roadmap.id) };
        }),
      };
    },

    async detail(slug: string, user: SessionUser | undefined): Promise<RoadmapDetail> {
      const { roadmap, learner, state } = await load(slug, user);
      return {
        slug: roadmap.slug,
        title: roadmap.title,
        role: roadmap.role,
        summary: roadmap.summary,
        version: roadmap.version,
        enrolled: learner.enrolled.has(roadmap.id),
        nodes: roadmap.graph.nodes.map((node) => present(node, statusOf(state.statuses, node.id))),
        edges: edgesOf(roadmap.graph.nodes),
        tracks: roadmap.graph.tracks,
        next: state.next(),
        progress: state.progress,
      };
    },

    async node(slug: string, nodeId: string, user: SessionUser | undefined): Promise<RoadmapNodeDetail> {
      const { roadmap, state } = await load(slug, user);
      const node = findNode(roadmap, nodeId);
      const lesson = node.kind === 'topic' ? await repo.findLesson(sql, roadmap.id, node.id) : null;
      return { ...present(node, statusOf(state.statuses, node.id)), lesson };
    },

    async enrol(user: SessionUser, slug: string): Promise<{ slug: string; enrolled: true }> {
      const roadmap = await repo.findRoadmap(sql, slug);
      if (!roadmap) throw new NotFoundError(`No roadmap ${slug}.`);
      await repo.enrol(sql, user.id, roadmap.id);
      return { slug, enrolled: true };
    },

    async leave(user: SessionUser, slug: string): Promise<void> {
      const roadmap = await repo.findRoadmap(sql, slug);
      if (!roadmap) throw new NotFoundError(`No roadmap ${slug}.`);
      await repo.leave(sql, user.id, roadmap.id);
    },

    /** A hand mark, on an unlocked node only; marking a step is starting the roadmap, so it enrols. */
    async mark(user: SessionUser, slug: string, nodeId: string, { state: wanted }: RoadmapMarkRequest): Promise<RoadmapNode> {
      const { roadmap, learner, state } = await load(slug, user);
      const node = findNode(roadmap, nodeId);
      if (node.kind === 'milestone') throw new NotMarkableError(`${node.title} is a milestone: it is done when the steps it requires are.`);
      if (wanted === 'done' && node.kind !== 'topic') {
        throw new NotMarkableError(`${node.title} is done by ${node.kind === 'assignment' ? 'an accepted submission' : 'a passed assessment'}, not by hand.`);
      }
      const current = statusOf(state.statuses, node.id);
      if (current.state === 'locked') throw new NodeLockedError(node.title, current, (id) => findNode(roadmap, id).title);
      await sql.begin(async (tx) => {
        await repo.insertMark(tx, user.id, roadmap.id, node.id, wanted);
        await repo.enrol(tx, user.id, roadmap.id);
      });
      const marks = new Map(learner.marks.get(roadmap.id));
      if (wanted === 'available') marks.delete(node.id);
      else marks.set(node.id, wanted);
      const statuses = computeStates(roadmap.graph.nodes, marks, learner.evidence);
      return present(node, statusOf(new Map(statuses.map((s) => [s.id, s])), node.id));
    },

    /** Every roadmap with the learner's progress and next step, enrolled ones first. */
    async standings(user: SessionUser): Promise<RoadmapStanding[]> {
      const roadmaps = await repo.findRoadmaps(sql);
      const learner = await learnerOf(user, roadmaps.map((r) => r.id));
      const standings = roadmaps.map((roadmap) => {
        const { progress, next } = stateOf(roadmap, learner);
        return { slug: roadmap.slug, title: roadmap.title, enrolled: learner.enrolled.has(roadmap.id), progress, next: next() };
      });
      return [...standings.filter((s) => s.enrolled), ...standings.filter((s) => !s.enrolled)];
    },
  };
}

export type RoadmapService = ReturnType<typeof createRoadmapService>;

function statusOf(statuses: ReadonlyMap<string, NodeStatus>, id: string): NodeStatus {
  const status = statuses.get(id);
  if (!status) throw new Error(`no state computed for node ${id}`);
  return status;
}

function present(node: StoredNode, status: NodeStatus): RoadmapNode {
  return {
    id: node.id,
    title: node.title,
    kind: node.kind,
    ...(node.ref !== undefined ? { ref: node.ref } : {}),
    ...(node.track !== undefined ? { track: node.track } : {}),
    requires: [...node.requires],
    ...(node.requiresAny ? { requiresAny: { count: node.requiresAny.count, of: [...node.requiresAny.of] } } : {}),
    state: status.state,
    missing: status.missing,
    ...(status.missingAny ? { missingAny: status.missingAny } : {}),
    ...(status.comingSoon ? { comingSoon: true as const } : {}),
    position: node.position,
  };
}
