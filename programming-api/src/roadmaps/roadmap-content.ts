import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Slug } from '@eduscale/contracts';
import { ContentError } from '../catalogue/content.ts';
import { lessonProblems } from './roadmap-content.lessons.ts';
import { graphProblems } from './roadmap-content.rules.ts';
import { duplicates, RoadmapFile, type AuthoredRoadmap } from './roadmap-content.schema.ts';

/** The content folder: roadmaps in `roadmaps/`, the assignments their nodes name in `assignments/`. */
export const DEFAULT_CONTENT_ROOT = new URL('../../../content/', import.meta.url).pathname;

/**
 * Reads and validates every roadmap folder, in `order`; throws one error naming every problem
 * found, each with its file and where in it.
 */
export async function readRoadmaps(root = DEFAULT_CONTENT_ROOT): Promise<AuthoredRoadmap[]> {
  const assignments = new Set(await folderNames(join(root, 'assignments')));
  const problems: string[] = [];
  const roadmaps: AuthoredRoadmap[] = [];
  for (const slug of await folderNames(join(root, 'roadmaps'))) {
    if (!Slug.safeParse(slug).success) {
      problems.push(`${slug}: the folder name is not a valid slug (lowercase words joined by "-")`);
      continue;
    }
    const read = await readRoadmap(join(root, 'roadmaps', slug), slug, assignments);
    problems.push(...read.problems.map((problem) => `${slug}/${problem}`));
    if (read.roadmap) roadmaps.push(read.roadmap);
  }
  for (const order of duplicates(roadmaps.map((roadmap) => String(roadmap.order)))) {
    const holders = roadmaps.filter((roadmap) => String(roadmap.order) === order).map((roadmap) => roadmap.slug);
    problems.push(`${holders.join(', ')}: each has order ${order}; every roadmap needs its own place in the list`);
  }
  if (problems.length > 0) throw new ContentError(`invalid roadmaps:\n  ${problems.join('\n  ')}`);
  return roadmaps.sort((a, b) => a.order - b.order);
}

/** One roadmap folder: the roadmap when it is valid, and its problems, each naming its file. */
export async function readRoadmap(folder: string, slug: string, assignments: ReadonlySet<string>): Promise<{ roadmap?: AuthoredRoadmap; problems: string[] }> {
  const file = await readJson(join(folder, 'roadmap.json'));
  if ('problem' in file) return { problems: [`roadmap.json: ${file.problem}`] };
  const parsed = RoadmapFile.safeParse(file.value);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `roadmap.json: ${pathOf(issue.path, file.value)} ${issue.message}`) };
  }
  const problems = graphProblems(parsed.data, assignments).map((problem) => `roadmap.json: ${problem}`);
  const topics = parsed.data.nodes.filter((node) => node.kind === 'topic').map((node) => node.id);
  const files = await readdir(join(folder, 'lessons')).catch(() => [] as string[]);
  for (const name of files.filter((name) => !topics.some((id) => name === `${id}.md`))) {
    problems.push(`lessons/${name}: belongs to no topic node (a lesson is lessons/<topic node id>.md)`);
  }
  const lessons: Record<string, string> = {};
  for (const id of topics) {
    if (!files.includes(`${id}.md`)) {
      problems.push(`lessons/${id}.md: missing; every topic node has a lesson`);
      continue;
    }
    lessons[id] = await readFile(join(folder, 'lessons', `${id}.md`), 'utf8');
    problems.push(...lessonProblems(lessons[id]).map((problem) => `lessons/${id}.md: ${problem}`));
  }
  if (problems.length > 0) return { problems };
  return { roadmap: { slug, ...parsed.data, lessons }, problems };
}

async function folderNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function readJson(path: string): Promise<{ value: unknown } | { problem: string }> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return { problem: 'missing' };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `is not JSON: ${(error as Error).message}` };
  }
}

/** A zod path with the node's id beside its index: `nodes.3 (parse-http).ref`. */
function pathOf(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return '(root)';
  const [first, index, ...rest] = path.map(String);
  const nodes = (raw as { nodes?: unknown } | null)?.nodes;
  const node = first === 'nodes' && Array.isArray(nodes) ? (nodes[Number(index)] as { id?: unknown } | null) : undefined;
  const id = node?.id;
  if (typeof id !== 'string') return path.map(String).join('.');
  return [`nodes.${index} (${id})`, ...rest].join('.');
}
