/** The grader's app in-process with a bubblewrap sandbox of its own: no stack, no NGINX in front. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpClient, type HttpClient } from '@eduscale/test-kit/http';
import { createApp } from '../src/app.ts';
import { parseConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { BubblewrapSandbox } from '../src/sandbox/bubblewrap/bubblewrap.driver.ts';

export interface GraderTestApp {
  app: ReturnType<typeof createApp>['app'];
  /** Requests as NGINX forwards them: `/api/run` arrives as `/run`. */
  client: HttpClient;
  close(): Promise<void>;
}

export function createGraderTestApp(env: Record<string, string> = {}): GraderTestApp {
  const workDir = mkdtempSync(join(tmpdir(), 'grader-test-app-'));
  const config = parseConfig({ GRADER_WORK_DIR: workDir, LOG_LEVEL: 'silent', GRADER_CONCURRENCY: '2', ...env });
  const sandbox = new BubblewrapSandbox({ workDir, cacheDir: config.sandbox.cacheDir, concurrency: config.concurrency });
  const { app } = createApp({ config, sandbox, logger: createLogger('silent') });
  return {
    app,
    client: httpClient((path, init) => app.request(path, init)),
    async close() {
      await sandbox.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
