import type { Submission, SubmissionTestEvent } from '@eduscale/contracts';
import { callApi } from './client-api.ts';

const POLL_MS = 1000;

/**
 * A coding answer's submission followed to its verdict: its SSE stream (each test as it
 * finishes), with polling of GET /api/submissions/:id when the stream drops. LiveSubmission
 * does this for submissions it sends itself; an answer's submission is created by the API.
 */
export class FollowedSubmission {
  id = $state<string | null>(null);
  result = $state<Submission | null>(null);
  passed = $state(0);
  total = $state<number | null>(null);
  readonly busy = $derived(this.id !== null && this.result === null);

  #source: EventSource | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  follow(id: string): void {
    this.stop();
    this.id = id;
    this.result = null;
    this.passed = 0;
    this.total = null;
    const source = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    this.#source = source;
    source.addEventListener('test', (event) => {
      const test = JSON.parse(event.data) as SubmissionTestEvent;
      this.total = test.total;
      if (test.verdict === 'accepted') this.passed += 1;
    });
    source.addEventListener('result', (event) => this.#finish(JSON.parse(event.data) as Submission));
    source.onerror = () => {
      if (this.#source !== source) return;
      this.#closeStream();
      if (!this.result) void this.#poll(id);
    };
  }

  stop(): void {
    this.#closeStream();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #closeStream(): void {
    this.#source?.close();
    this.#source = null;
  }

  async #poll(id: string): Promise<void> {
    const response = await callApi<Submission>(`/api/submissions/${encodeURIComponent(id)}`);
    if (this.id !== id || this.result) return;
    if (response.ok && response.data.status === 'done') return this.#finish(response.data);
    this.#timer = setTimeout(() => void this.#poll(id), POLL_MS);
  }

  #finish(submission: Submission): void {
    if (submission.id !== this.id) return;
    this.stop();
    this.result = submission;
    this.total = submission.tests.length;
    this.passed = submission.tests.filter((test) => test.verdict === 'accepted').length;
  }
}
