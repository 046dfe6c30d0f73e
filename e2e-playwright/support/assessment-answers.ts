import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import type { AnswerRequest, Attempt, AttemptQuestion, Report } from '@eduscale/contracts';
import { referenceSolution, signIn } from './demo.ts';

const ORIGIN = new URL(process.env.EDUSCALE_URL ?? 'http://localhost').origin;
const TOPICS = join(import.meta.dirname, '..', '..', 'content', 'assessments', 'topics');

interface BankOption {
  id: string;
  text: string;
  correct: boolean;
}
interface BankQuestion {
  kind: 'choice' | 'output';
  title: string;
  options?: BankOption[];
  answer?: string;
}

/** The question bank's entry for a drawn question: its topic's file, looked up by title. */
function bankEntry(question: AttemptQuestion): BankQuestion {
  const topic = JSON.parse(readFileSync(join(TOPICS, `${question.topic}.json`), 'utf8')) as { questions: BankQuestion[] };
  const entry = topic.questions.find((q) => q.kind === question.kind && q.title === question.title);
  if (!entry) throw new Error(`no ${question.kind} question "${question.title}" in topics/${question.topic}.json`);
  return entry;
}

/** The answer that scores full marks: the right options (matched by text), the exact output, or the reference solution. */
export function rightAnswer(question: AttemptQuestion): AnswerRequest {
  if (question.kind === 'coding') {
    if (!question.assignment) throw new Error(`coding question ${question.id} names no assignment`);
    // A comment of its own, so the grading is this attempt's, not a cached one from another run.
    return { language: 'python', code: `# ${question.id} ${Date.now()}\n${referenceSolution(question.assignment)}` };
  }
  const entry = bankEntry(question);
  if (question.kind === 'output') return { text: entry.answer ?? '' };
  const right = new Set((entry.options ?? []).filter((o) => o.correct).map((o) => o.text));
  const choices = (question.options ?? []).filter((o) => right.has(o.text)).map((o) => o.id);
  expect(choices.length, `right options of "${question.title}"`).toBeGreaterThan(0);
  return { choices };
}

/** An answer that scores nothing: a wrong option, or an output no program printed. */
export function wrongAnswer(question: AttemptQuestion): AnswerRequest {
  if (question.kind === 'coding') return { language: 'python', code: `# ${question.id} ${Date.now()}\nprint(0)\n` };
  if (question.kind === 'output') return { text: 'not the output' };
  const right = new Set((bankEntry(question).options ?? []).filter((o) => o.correct).map((o) => o.text));
  const wrong = (question.options ?? []).find((o) => !right.has(o.text));
  if (!wrong) throw new Error(`"${question.title}" has no wrong option`);
  return { choices: [wrong.id] };
}

export async function startAttemptByApi(request: APIRequestContext, template: string): Promise<Attempt> {
  const response = await request.post('/api/assessments', { data: { template }, headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Attempt;
}

export async function answerByApi(request: APIRequestContext, attempt: string, question: string, body: AnswerRequest): Promise<void> {
  const response = await request.put(`/api/assessments/${attempt}/answers/${question}`, { data: body, headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(200);
}

export async function finishByApi(request: APIRequestContext, attempt: string): Promise<void> {
  const response = await request.post(`/api/assessments/${attempt}/finish`, { headers: { origin: ORIGIN } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The report once every coding answer is graded (`complete`); a grading gets the grader's 60 s at most. */
export async function completeReportByApi(request: APIRequestContext, attempt: string): Promise<Report> {
  for (let poll = 0; poll < 240; poll++) {
    const response = await request.get(`/api/assessments/${attempt}/report`);
    expect(response.status(), await response.text()).toBe(200);
    const report = (await response.json()) as Report;
    if (report.complete) return report;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the report of ${attempt} was not complete within 60 s`);
}

/**
 * Starts an attempt of `template`, answers its choice and output questions (right or wrong by
 * `right`; coding ones too when `coding` is set), finishes it and returns its complete report.
 */
export async function finishedAttemptByApi(
  request: APIRequestContext,
  options: { template: string; right: (question: AttemptQuestion, index: number) => boolean; coding?: boolean },
): Promise<{ attempt: Attempt; report: Report }> {
  const attempt = await startAttemptByApi(request, options.template);
  for (const [index, question] of attempt.questions.entries()) {
    if (question.kind === 'coding' && !options.coding) continue;
    await answerByApi(request, attempt.id, question.id, options.right(question, index) ? rightAnswer(question) : wrongAnswer(question));
  }
  await finishByApi(request, attempt.id);
  return { attempt, report: await completeReportByApi(request, attempt.id) };
}

/** The complete report once its coding answers' insights are analysed (they queue behind gradings); null past `seconds`. */
export async function reportWithInsightsByApi(request: APIRequestContext, attempt: string, seconds = 180): Promise<Report | null> {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    const report = await completeReportByApi(request, attempt);
    if (report.questions.every((q) => q.kind !== 'coding' || !q.answer || q.insights)) return report;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

export const DEMO_ASSESSMENT = 'frontend-fundamentals';

/**
 * For the pictures: five learners who finished `DEMO_ASSESSMENT` (so a report has a percentile),
 * then `user`'s own finished attempt of it (most questions right, the coding one solved) and an
 * attempt of another assessment left in progress. Returns both attempts' ids.
 */
export async function seedAssessments(browser: Browser, user: string): Promise<{ report: string; active: string }> {
  for (let other = 0; other < 5; other++) {
    const context = await browser.newContext();
    await signIn(context.request, `mock-${other + 1}`);
    await finishedAttemptByApi(context.request, { template: DEMO_ASSESSMENT, right: (_, index) => (index + other) % 3 !== 0 });
    await context.close();
  }
  const context = await browser.newContext();
  await signIn(context.request, user);
  const { attempt } = await finishedAttemptByApi(context.request, { template: DEMO_ASSESSMENT, right: (question, index) => question.kind === 'coding' || index % 4 !== 1, coding: true });
  await reportWithInsightsByApi(context.request, attempt.id, 90);
  const active = await startAttemptByApi(context.request, 'general-placement');
  for (const question of active.questions.slice(0, 3)) await answerByApi(context.request, active.id, question.id, rightAnswer(question));
  await context.close();
  return { report: attempt.id, active: active.id };
}
