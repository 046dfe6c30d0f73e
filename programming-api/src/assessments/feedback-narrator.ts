import CircuitBreaker from 'opossum';
import { z } from 'zod';
import type { Report } from '@eduscale/contracts';
import type { Logger } from '../logger.ts';

export interface Narrator {
  /** The report's feedback rewritten as a short paragraph; null when the model is away or says nothing usable. */
  narrate(report: Omit<Report, 'narrative'>): Promise<string | null>;
}

export interface NarratorOptions {
  /** An OpenAI-compatible base URL (llama.cpp's server, Ollama, vLLM): `<url>/chat/completions` is called. */
  url: string;
  model: string;
  apiKey?: string | undefined;
  timeoutMs: number;
  logger: Logger;
}

const ChatCompletion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });
const MAX_NARRATIVE_CHARS = 1_500;

const SYSTEM_PROMPT = [
  'You are a placement coach writing to a student about the mock assessment they just took.',
  'Rewrite the facts you are given into one short paragraph (at most 120 words), second person, warm and direct.',
  'Use only the facts given: never invent scores, questions, topics or advice that the facts do not contain.',
  'Mention the most important item first. No headings, no lists, no markdown.',
].join(' ');

/**
 * Optional (FEEDBACK_LLM_URL): rewrites the rules engine's feedback into a paragraph. The facts stay
 * the source of truth and are always shown; a slow, failing or absent model costs one timeout,
 * then the breaker answers null at once until the model is back.
 */
export function createNarrator(options: NarratorOptions): Narrator {
  const endpoint = new URL('chat/completions', options.url.endsWith('/') ? options.url : `${options.url}/`);
  const ask = async (facts: string): Promise<string | null> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({
        model: options.model,
        temperature: 0.2,
        max_tokens: 300,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: facts },
        ],
      }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the feedback model answered ${response.status}`);
    const parsed = ChatCompletion.safeParse(await response.json());
    if (!parsed.success) throw new Error('the feedback model answered something other than a chat completion');
    const text = parsed.data.choices[0]?.message.content.trim() ?? '';
    return text.length > 0 ? text.slice(0, MAX_NARRATIVE_CHARS) : null;
  };
  const breaker = new CircuitBreaker(ask, { timeout: options.timeoutMs + 500, errorThresholdPercentage: 50, volumeThreshold: 3, resetTimeout: 30_000 });
  breaker.on('open', () => options.logger.warn({ url: endpoint.origin }, 'feedback model failing; reports use the rules alone for a while'));
  breaker.fallback(() => null);

  return {
    async narrate(report) {
      try {
        return await breaker.fire(factsOf(report));
      } catch (error) {
        options.logger.warn({ err: error }, 'feedback model call failed; the rules stand alone');
        return null;
      }
    },
  };
}

/** The facts, as plain lines: the rules' feedback and the figures it rests on. */
export function factsOf(report: Omit<Report, 'narrative'>): string {
  const lines = [
    `Assessment: ${report.title}. Score ${report.score} of ${report.maxScore} (${report.percent} %), ${report.passed ? 'passed' : 'not passed'} (${report.passingPercent} % needed).`,
    `Topics: ${report.topics.map((t) => `${t.title} ${t.score}/${t.max}`).join('; ')}.`,
    'Feedback:',
    ...report.feedback.map((item) => `- (${item.kind}) ${item.text}`),
  ];
  if (report.recommendations.length > 0) lines.push(`Study next: ${report.recommendations.map((r) => r.title).join(', ')}.`);
  return lines.join('\n');
}
