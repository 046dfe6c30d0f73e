import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readRoadmaps } from '../roadmaps/roadmap-content.ts';
import type { AssessmentContent, OutputQuestion } from './assessment-content.schema.ts';
import { readAssessments } from './assessment-content.ts';
import { outputMatches } from './output-answer.ts';

describe('the authored assessments in content/assessments', () => {
  let content: AssessmentContent = { topics: [], templates: [] };
  const work = mkdtempSync(join(tmpdir(), 'output-questions-'));
  // A content problem fails this hook, and with it every test below, with every problem listed.
  before(async () => {
    content = await readAssessments();
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const concept = () => content.topics.flatMap((topic) => topic.questions.map((question) => ({ topic: topic.slug, question })));

  it('hold at least 4 templates and a bank of at least 60 concept questions, both kinds', () => {
    assert.ok(content.templates.length >= 4, `${content.templates.length} templates`);
    const questions = concept();
    assert.ok(questions.length >= 60, `${questions.length} concept questions`);
    assert.ok(questions.filter(({ question }) => question.kind === 'output').length >= 10, 'at least 10 output questions');
    assert.ok(questions.some(({ question }) => question.kind === 'choice' && question.options.filter((o) => o.correct).length > 1), 'a choose-several question');
  });

  it('give every assessment node on a roadmap a template', async () => {
    const templates = new Set(content.templates.map((template) => template.slug));
    const refs = (await readRoadmaps()).flatMap((roadmap) => roadmap.nodes.filter((node) => node.kind === 'assessment').map((node) => `${roadmap.slug}/${node.id} → ${node.ref}`));
    assert.ok(refs.length >= 1);
    assert.deepEqual(refs.filter((ref) => !templates.has(ref.split(' → ')[1] ?? '')), []);
  });

  it('mix coding and concept questions in every template, in its time', () => {
    for (const template of content.templates) {
      const kinds = new Set(template.sections.map((section) => section.kind));
      assert.ok(kinds.has('coding') && kinds.size >= 2, `${template.slug} has ${[...kinds].join(', ')}`);
    }
  });

  it('print exactly what each output question says, when its program is run', () => {
    const questions = concept().flatMap(({ question }) => (question.kind === 'output' ? [question] : []));
    assert.ok(questions.length > 0);
    const wrong = questions.flatMap((question) => {
      const printed = run(question, join(work, question.id));
      return outputMatches(printed, question.answer) ? [] : [`${question.id}: prints ${JSON.stringify(printed)}, the answer says ${JSON.stringify(question.answer)}`];
    });
    assert.deepEqual(wrong, []);
  });
});

/** Runs an output question's program with the machine's toolchains (our own content, so no sandbox). */
function run(question: OutputQuestion, dir: string): string {
  const exec = (file: string, args: string[]) => execFileSync(file, args, { cwd: dir, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync('mkdir', ['-p', dir]);
  const source = (name: string) => {
    writeFileSync(join(dir, name), question.code);
    return name;
  };
  switch (question.language) {
    case 'python':
      return exec('python3', [source('main.py')]);
    case 'javascript':
      return exec(process.execPath, [source('main.js')]);
    case 'c':
      exec('gcc', ['-O1', '-o', 'main', source('main.c'), '-lm']);
      return exec(join(dir, 'main'), []);
    case 'cpp':
      exec('g++', ['-O1', '-std=c++17', '-o', 'main', source('main.cpp')]);
      return exec(join(dir, 'main'), []);
    case 'java':
      return exec('java', [source('Main.java')]);
  }
}
