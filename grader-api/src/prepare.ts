/**
 * One-off host preparation, run by the launcher before it starts the graders: building the
 * sandbox's view of the Rust toolchain can mean copying ~600 MB across filesystems, which
 * belongs before start-up rather than inside every grader's readiness window.
 */
import { parseConfig } from './config.ts';
import { resolveHostTools } from './sandbox/bubblewrap/host-tools.ts';

const config = parseConfig(process.env);
if (config.sandbox.driver === 'bubblewrap') {
  const tools = resolveHostTools(config.sandbox.cacheDir);
  process.stdout.write(`sandbox toolchains ready (rust: ${tools.rustSysroot ?? 'not installed'})\n`);
}
