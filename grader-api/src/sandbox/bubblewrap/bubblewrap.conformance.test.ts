import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import { sandboxConformance } from '../conformance/sandbox.conformance.ts';
import { BubblewrapSandbox } from './bubblewrap.driver.ts';

// The graders' shared cache: its Go build cache is warm, a cold one costs seconds per Go compile.
const cacheDir = DEFAULT_CACHE_DIR;
const workDir = mkdtempSync(join(tmpdir(), 'grader-conformance-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

sandboxConformance('the bubblewrap sandbox', () => new BubblewrapSandbox({ workDir, cacheDir, concurrency: 2 }), { workDir });
