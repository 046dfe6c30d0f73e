import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { waitForPort } from '../processes/ports.ts';
import type { Supervisor } from '../processes/supervisor.ts';

export interface NginxOptions {
  runtimeDir: string;
  port: number;
  /** Upstream name (e.g. PROGRAMMING_API) → the loopback ports serving it. */
  upstreams: Record<string, number[]>;
}

const TEMPLATE_VARIABLE = /\$\{([A-Z][A-Z0-9_]*)\}/g;

/** envsubst as the nginx image does it: only ${BRACED} names, and every one must be known. */
export function renderTemplate(template: string, variables: Record<string, string>): string {
  return template.replace(TEMPLATE_VARIABLE, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`nginx template uses \${${name}}, which the launcher does not set`);
    return value;
  });
}

export function upstreamServers(ports: number[]): string {
  return ports.map((port) => `server 127.0.0.1:${port};`).join('\n    ');
}

export async function startNginx(supervisor: Supervisor, options: NginxOptions): Promise<void> {
  const confDir = join(options.runtimeDir, 'conf.d');
  mkdirSync(confDir, { recursive: true });
  const variables: Record<string, string> = { NGINX_PORT: String(options.port), NGINX_RUNTIME_DIR: options.runtimeDir };
  for (const [name, ports] of Object.entries(options.upstreams)) variables[`${name}_SERVERS`] = upstreamServers(ports);

  const templatesDir = join(REPO_ROOT, 'nginx', 'templates');
  for (const file of readdirSync(templatesDir).filter((f) => f.endsWith('.template'))) {
    const rendered = renderTemplate(readFileSync(join(templatesDir, file), 'utf8'), variables);
    writeFileSync(join(confDir, file.replace(/\.template$/, '')), rendered);
  }
  // Files NGINX serves itself, found relative to its prefix as in the image (see the template).
  cpSync(join(REPO_ROOT, 'nginx', 'static'), join(options.runtimeDir, 'static'), { recursive: true });
  const mainConf = join(options.runtimeDir, 'nginx.conf');
  writeFileSync(mainConf, renderTemplate(readFileSync(join(REPO_ROOT, 'nginx', 'nginx.local.conf.template'), 'utf8'), variables));

  supervisor.start({
    name: 'nginx',
    command: 'nginx',
    args: ['-c', mainConf, '-p', options.runtimeDir, '-e', 'stderr'],
    stopSignal: 'SIGQUIT',
  });
  await waitForPort(options.port);
}
