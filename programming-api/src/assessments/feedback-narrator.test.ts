import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Report } from '@eduscale/contracts';
import { createLogger } from '../logger.ts';
import { createNarrator, factsOf } from './feedback-narrator.ts';

/** A small server speaking the OpenAI chat-completions protocol, as llama.cpp's and Ollama's do. */
type Behaviour = 'answer' | 'fail' | 'hang' | 'garbage';
let behaviour: Behaviour = 'answer';
const received: { path: string; auth: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let server: Server;
let url: string;

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

before(async () => {
  server = createServer((request, response) => {
    void bodyOf(request).then((text) => {
      received.push({ path: request.url ?? '', auth: request.headers.authorization, body: JSON.parse(text) });
      if (behaviour === 'hang') return; // never answers: the client's timeout must end it
      if (behaviour === 'fail') return response.writeHead(500).end('model crashed');
      if (behaviour === 'garbage') return response.writeHead(200, { 'content-type': 'application/json' }).end('{"nothing":true}');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: '  You passed; revise sorting next.  ' }, finish_reason: 'stop' }] }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const report: Omit<Report, 'narrative'> = {
  id: '00000000-0000-4000-8000-000000000000',
  template: 'dsa-coding-round',
  title: 'DSA coding round',
  complete: true,
  score: 70,
  maxScore: 100,
  percent: 70,
  passingPercent: 60,
  passed: true,
  percentile: null,
  startedAt: '2026-12-01T10:00:00.000Z',
  finishedAt: '2026-12-01T10:40:00.000Z',
  durationSeconds: 2400,
  integrity: { pastes: 0, blurs: 0 },
  questions: [],
  topics: [{ topic: 'sorting', title: 'Sorting', score: 10, max: 30 }],
  feedback: [{ kind: 'essential', text: 'Question 3 timed out on the large test: your solution is O(n^2), the task expects O(n log n).' }],
  recommendations: [{ roadmap: 'algorithms-for-placements', node: 'sorting', title: 'Sorting' }],
  history: [],
};

const narrator = (timeoutMs = 5_000) => createNarrator({ url, model: 'local-model', apiKey: 'sk-test', timeoutMs, logger: createLogger('silent') });

describe('the optional feedback narrator', () => {
  it('sends the rules’ facts to <url>/chat/completions and returns the model’s paragraph, trimmed', async () => {
    behaviour = 'answer';
    received.length = 0;
    assert.equal(await narrator().narrate(report), 'You passed; revise sorting next.');
    const [call] = received;
    assert.equal(call?.path, '/v1/chat/completions');
    assert.equal(call?.auth, 'Bearer sk-test');
    assert.equal(call?.body.model, 'local-model');
    assert.equal(call?.body.messages[1]?.content, factsOf(report));
    assert.match(factsOf(report), /Question 3 timed out on the large test/);
  });

  it('falls back to null when the model fails, answers nonsense or hangs past the timeout', async () => {
    for (const failure of ['fail', 'garbage', 'hang'] as const) {
      behaviour = failure;
      assert.equal(await narrator(300).narrate(report), null, failure);
    }
  });

  it('stops calling a failing model for a while once the breaker opens', async () => {
    behaviour = 'fail';
    const failing = narrator();
    for (let i = 0; i < 4; i++) await failing.narrate(report);
    received.length = 0;
    behaviour = 'answer';
    assert.equal(await failing.narrate(report), null, 'the open breaker answers at once, without a call');
    assert.equal(received.length, 0);
  });
});
