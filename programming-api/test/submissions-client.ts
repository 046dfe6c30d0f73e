/** Submitting and following submissions, through the in-process app or the stack's NGINX. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpClient, TestResponse } from '@eduscale/test-kit/http';

export const ADD_TWO = 'add-two-numbers';
export const ADD_TWO_PY = 'a, b = map(int, input().split())\nprint(a + b)\n';
/** Accepted code that differs from every other test's, so it is graded rather than reused. */
export const freshAccepted = (tag = Math.random().toString(36).slice(2)) => `${ADD_TWO_PY}# ${tag}\n`;

export interface SseEvent {
  event: string;
  data: unknown;
}

export interface SubmissionsClient {
  submit(cookie: string, code: string, language?: string, assignment?: string): Promise<TestResponse>;
  /**
   * Reads an event stream until the server ends it, or until the first `until` event when
   * given (the stream may go on: insights follow the result), and returns its events in order.
   */
  readEvents(path: string, cookie: string, options?: { timeoutMs?: number; until?: string }): Promise<{ response: Response; events: SseEvent[] }>;
  /** Polls GET /api/submissions/:id until it is done. */
  waitUntilDone(cookie: string, id: string, timeoutMs?: number): Promise<TestResponse>;
}

/** `client` is a test app's (`createTestApp().client`) or the stack's (`edge`). */
export function submissionsClient(client: HttpClient): SubmissionsClient {
  return {
    submit: (cookie, code, language = 'python', assignment = ADD_TWO) => client('/api/submissions', { json: { assignment, language, code }, cookie }),

    async readEvents(path, cookie, { timeoutMs = 30_000, until } = {}) {
      const response = await client.send(path, { headers: { cookie, accept: 'text/event-stream' }, signal: AbortSignal.timeout(timeoutMs) });
      if (!until || !response.body) return { response, events: parseEvents(await response.text()) };
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += value;
        const complete = parseEvents(text.slice(0, text.lastIndexOf('\n\n') + 2));
        if (complete.some((event) => event.event === until)) {
          await reader.cancel();
          return { response, events: complete };
        }
      }
      return { response, events: parseEvents(text) };
    },

    async waitUntilDone(cookie, id, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const response = await client(`/api/submissions/${id}`, { cookie });
        assert.equal(response.status, 200, response.text);
        if (response.body.status === 'done') return response;
        if (Date.now() > deadline) assert.fail(`submission ${id} still ${response.body.status} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

function parseEvents(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line && !line.startsWith(':')))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const field = (name: string) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trimStart());
      return { event: field('event')[0] ?? 'message', data: JSON.parse(field('data').join('\n')) as unknown };
    });
}

/** Every hidden input and expected output of an assignment long enough to be recognisable. */
export function hiddenTestData(slug: string): string[] {
  const dir = fileURLToPath(new URL(`../../content/assignments/${slug}/tests/hidden`, import.meta.url));
  return readdirSync(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8').trim())
    .filter((text) => text.length >= 6);
}
