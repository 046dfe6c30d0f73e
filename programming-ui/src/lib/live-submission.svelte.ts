import type { Insights, Problem, Submission, SubmissionAccepted, SubmissionRequest, SubmissionTestEvent, TestResult } from '@eduscale/contracts';
import { callApi } from './client-api.ts';

export type SubmissionPhase = 'idle' | 'sending' | 'queued' | 'running' | 'done' | 'failed';

const POLL_MS = 1000;
/** Insights are analysed after the verdict, in their own queue: asked for this long when the stream is gone. */
const INSIGHTS_POLL_MS = 2000;
const INSIGHTS_POLLS = 30;

/**
 * One submission followed live: the grader's events arrive over Server-Sent Events (each test
 * as it finishes), with polling of GET /api/submissions/:id when the stream drops.
 */
export class LiveSubmission {
  phase = $state<SubmissionPhase>('idle');
  /** Finished tests by their index in the run; holes are tests still to come. */
  tests = $state<(TestResult | undefined)[]>([]);
  total = $state<number | null>(null);
  result = $state<Submission | null>(null);
  problem = $state<Problem | null>(null);
  /** The code's insights, which may come after the result (the stream's `insights` event). */
  insights = $state<Insights | null>(null);
  /** True from the result until its insights come, or until they are given up on. */
  analysing = $state(false);

  readonly passed = $derived(this.tests.filter((test) => test?.verdict === 'accepted').length);
  readonly busy = $derived(this.phase === 'sending' || this.phase === 'queued' || this.phase === 'running');

  #source: EventSource | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #onDone: (submission: Submission) => void;

  constructor(onDone: (submission: Submission) => void) {
    this.#onDone = onDone;
  }

  async submit(request: SubmissionRequest): Promise<void> {
    this.stop();
    this.phase = 'sending';
    this.tests = [];
    this.total = null;
    this.result = null;
    this.problem = null;
    this.insights = null;
    this.analysing = false;
    const response = await callApi<SubmissionAccepted | Submission>('/api/submissions', { method: 'POST', body: request });
    if (!response.ok) {
      this.problem = response.problem;
      this.phase = 'failed';
      return;
    }
    // 200: identical code was graded before, and this is its stored result.
    if ('tests' in response.data && response.data.status === 'done') return this.#finish(response.data);
    this.phase = response.data.status === 'running' ? 'running' : 'queued';
    this.#listen(response.data.id);
  }

  stop(): void {
    this.#source?.close();
    this.#source = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #listen(id: string): void {
    const source = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    this.#source = source;
    source.addEventListener('status', (event) => {
      const { status } = JSON.parse(event.data) as { status: Submission['status'] };
      if (status !== 'done') this.phase = status;
    });
    source.addEventListener('test', (event) => {
      const test = JSON.parse(event.data) as SubmissionTestEvent;
      this.phase = 'running';
      this.total = test.total;
      this.tests[test.index] = test;
    });
    source.addEventListener('result', (event) => this.#finish(JSON.parse(event.data) as Submission, { streaming: true }));
    source.addEventListener('insights', (event) => {
      this.stop();
      this.#gotInsights(JSON.parse(event.data) as Insights);
    });
    source.onerror = () => {
      if (this.#source !== source) return;
      this.stop();
      if (this.phase !== 'done') void this.#poll(id);
      else if (this.analysing) void this.#pollInsights(id, INSIGHTS_POLLS);
    };
  }

  async #poll(id: string): Promise<void> {
    const response = await callApi<Submission>(`/api/submissions/${encodeURIComponent(id)}`);
    if (this.phase === 'done' || this.phase === 'idle') return;
    if (response.ok) {
      const submission = response.data;
      if (submission.status === 'done') return this.#finish(submission);
      this.phase = submission.status;
      if (submission.tests.length > 0) this.tests = submission.tests;
    } else if (response.problem.status !== 0 && response.problem.status < 500) {
      this.problem = response.problem;
      this.phase = 'failed';
      return;
    }
    this.#timer = setTimeout(() => void this.#poll(id), POLL_MS);
  }

  async #pollInsights(id: string, left: number): Promise<void> {
    const response = await callApi<Submission>(`/api/submissions/${encodeURIComponent(id)}`);
    if (this.result?.id !== id || !this.analysing) return;
    if (response.ok && response.data.insights) return this.#gotInsights(response.data.insights);
    if (left <= 1) {
      this.analysing = false;
      return;
    }
    this.#timer = setTimeout(() => void this.#pollInsights(id, left - 1), INSIGHTS_POLL_MS);
  }

  #gotInsights(insights: Insights): void {
    this.insights = insights;
    this.analysing = false;
  }

  /** With `streaming`, the stream stays open for the insights event that follows a result without them. */
  #finish(submission: Submission, { streaming = false } = {}): void {
    this.insights = submission.insights;
    this.analysing = submission.insights === null;
    if (!streaming || !this.analysing) this.stop();
    this.result = submission;
    this.tests = submission.tests;
    this.total = submission.tests.length;
    this.phase = 'done';
    this.#onDone(submission);
    if (this.analysing && !this.#source) void this.#pollInsights(submission.id, INSIGHTS_POLLS);
  }
}
