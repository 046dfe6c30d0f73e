import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Slug, type Difficulty } from '@eduscale/contracts';
import { ContentError } from '../catalogue/content.ts';
import { DEFAULT_CONTENT_ROOT } from '../roadmaps/roadmap-content.ts';
import { TemplateFile, TopicFile, type AssessmentContent, type Section, type TemplateContent, type TopicContent } from './assessment-content.schema.ts';

/** What a template's coding sections draw from: a catalogue assignment's tags and difficulty. */
export interface CodingCandidate {
  slug: string;
  difficulty: Difficulty;
  tags: string[];
}

/**
 * Reads content/assessments/ (topics/*.json, templates/*.json) and checks it against the
 * catalogue and the roadmaps it points at; throws one error naming every problem found.
 */
export async function readAssessments(root = DEFAULT_CONTENT_ROOT): Promise<AssessmentContent> {
  const problems: string[] = [];
  const topics = await readFolder(join(root, 'assessments', 'topics'), TopicFile, problems, 'topics');
  const templates = await readFolder(join(root, 'assessments', 'templates'), TemplateFile, problems, 'templates');
  const roadmapNodes = await readRoadmapNodes(root);
  const catalogue = await readCodingCandidates(root);

  const questionIds = new Map<string, string>();
  for (const topic of topics) {
    for (const [i, node] of topic.study.entries()) {
      if (!roadmapNodes.get(node.roadmap)?.has(node.node)) problems.push(`topics/${topic.slug}.json: study.${i} names ${node.roadmap}/${node.node}, which is no roadmap node`);
    }
    for (const question of topic.questions) {
      const other = questionIds.get(question.id);
      if (other) problems.push(`topics/${topic.slug}.json: question "${question.id}" is also in topics/${other}.json; question ids are unique`);
      questionIds.set(question.id, topic.slug);
    }
  }
  const known = new Set(topics.map((topic) => topic.slug));
  for (const template of templates) {
    template.sections.forEach((section, i) => {
      for (const topic of section.topics.filter((slug) => !known.has(slug))) {
        problems.push(`templates/${template.slug}.json: sections.${i} names topic "${topic}", which has no topics/${topic}.json`);
      }
    });
    problems.push(...poolProblems(template, topics, catalogue).map((problem) => `templates/${template.slug}.json: ${problem}`));
  }
  if (problems.length > 0) throw new ContentError(`invalid assessments:\n  ${problems.join('\n  ')}`);
  return { topics, templates: templates.sort((a, b) => a.order - b.order) };
}

/** The ids a section may draw: concept question ids, or assignment slugs for a coding section. */
export function sectionPool(section: Section, topics: readonly TopicContent[], catalogue: readonly CodingCandidate[]): string[] {
  if (section.kind === 'coding') {
    return catalogue.filter((a) => section.difficulties.includes(a.difficulty) && a.tags.some((tag) => section.topics.includes(tag))).map((a) => a.slug);
  }
  return topics
    .filter((topic) => section.topics.includes(topic.slug))
    .flatMap((topic) => topic.questions)
    .filter((question) => question.kind === section.kind && section.difficulties.includes(question.difficulty))
    .map((question) => question.id);
}

/** Sections draw in order without repeats, so each needs its count beyond what earlier sections of an overlapping pool may take. */
function poolProblems(template: TemplateContent, topics: readonly TopicContent[], catalogue: readonly CodingCandidate[]): string[] {
  const pools = template.sections.map((section) => new Set(sectionPool(section, topics, catalogue)));
  return template.sections.flatMap((section, i) => {
    const pool = pools[i] ?? new Set<string>();
    const taken = template.sections.slice(0, i).filter((_, j) => [...(pools[j] ?? [])].some((id) => pool.has(id))).reduce((sum, earlier) => sum + earlier.count, 0);
    if (pool.size >= section.count + taken) return [];
    return [`sections.${i} ("${section.title}") draws ${section.count} ${section.kind} question(s) from a pool of ${pool.size}${taken > 0 ? ` that earlier sections may take ${taken} of` : ''}; add questions or widen its topics or difficulties`];
  });
}

async function readFolder<T>(dir: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, problems: string[], label: string): Promise<(T & { slug: string })[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const read: (T & { slug: string })[] = [];
  for (const name of names) {
    const slug = name.slice(0, -'.json'.length);
    const where = `${label}/${name}`;
    if (!Slug.safeParse(slug).success) {
      problems.push(`${where}: the file name is not a valid slug (lowercase words joined by "-")`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${where}: is not JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.path.map(String).join('.') || '(root)'} ${issue.message}`));
      continue;
    }
    read.push({ ...parsed.data, slug });
  }
  return read;
}

/** Each roadmap's node ids, read straight from roadmap.json (the roadmap reader checks the rest). */
async function readRoadmapNodes(root: string): Promise<Map<string, Set<string>>> {
  const nodes = new Map<string, Set<string>>();
  for (const slug of await folderNames(join(root, 'roadmaps'))) {
    const file = JSON.parse(await readFile(join(root, 'roadmaps', slug, 'roadmap.json'), 'utf8')) as { nodes?: { id?: string }[] };
    nodes.set(slug, new Set((file.nodes ?? []).map((node) => String(node.id))));
  }
  return nodes;
}

export async function readCodingCandidates(root = DEFAULT_CONTENT_ROOT): Promise<CodingCandidate[]> {
  const candidates: CodingCandidate[] = [];
  for (const slug of await folderNames(join(root, 'assignments'))) {
    const meta = JSON.parse(await readFile(join(root, 'assignments', slug, 'assignment.json'), 'utf8')) as { difficulty: Difficulty; tags: string[] };
    candidates.push({ slug, difficulty: meta.difficulty, tags: meta.tags });
  }
  return candidates;
}

async function folderNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
