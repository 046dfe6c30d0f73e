import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import type { Attempt, Report } from '@eduscale/contracts';

const TOPICS = join(import.meta.dirname, '..', '..', 'content', 'assessments', 'topics');

interface BankOption {
  text: string;
  correct: boolean;
}
interface BankQuestion {
  kind: string;
  title: string;
  options?: BankOption[];
}

function bank(): BankQuestion[] {
  return readdirSync(TOPICS)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => (JSON.parse(readFileSync(join(TOPICS, file), 'utf8')) as { questions: BankQuestion[] }).questions);
}

/** An option's markdown as the page names it: code spans without their backticks, emphasis without its marks (kept inside code). */
function asRendered(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part.slice(1, -1) : part.replace(/\*\*(.+?)\*\*|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)/g, (_match, bold?: string, em?: string, under?: string) => bold ?? em ?? under ?? '')))
    .join('');
}

/** The right options of a choice question, found by its title in the question bank, as the page labels them. */
export function rightOptions(title: string): string[] {
  const question = bank().find((q) => q.kind === 'choice' && q.title === title);
  if (!question?.options) throw new Error(`no choice question titled "${title}" in content/assessments/topics`);
  const right = question.options.filter((option) => option.correct).map((option) => asRendered(option.text));
  expect(right.length).toBeGreaterThan(0);
  return right;
}

export async function attemptOf(request: APIRequestContext, id: string): Promise<Attempt> {
  const response = await request.get(`/api/assessments/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Attempt;
}

/** The report once every coding answer given is graded (`complete`). */
export async function completeReportOf(request: APIRequestContext, id: string): Promise<Report> {
  let report: Report | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/assessments/${id}/report`);
        report = response.ok() ? ((await response.json()) as Report) : undefined;
        return report?.complete ?? false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return report!;
}

/** "mm:ss" (or "h:mm:ss") as seconds. */
export function countdownSeconds(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
