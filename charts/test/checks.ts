/** The chart's checks, each a function of the rendered chart: helm lint, kubeconform, kube-score. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import { crdSchemasDir, ensureGoTool, ensureKubernetesSchemas, KUBERNETES_VERSION } from './tools.ts';

export const CHART_DIR = join(REPO_ROOT, 'charts', 'eduscale');
export const RELEASE = 'eduscale';
export const NAMESPACE = 'eduscale';

export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string> }; [key: string]: unknown };

export interface Outcome {
  ok: boolean;
  output: string;
}

function run(bin: string, args: string[], input?: string): Outcome {
  const result = spawnSync(bin, args, { cwd: REPO_ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const valuesArgs = (valuesFiles: string[]) => valuesFiles.flatMap((file) => ['-f', file]);

/**
 * `helm template` with the hooks (the migration Job, the seed). `skipSchema` renders values the
 * chart's values.schema.json refuses, so the other checks can be shown refusing them too.
 */
export function render(valuesFiles: string[], options: { skipSchema?: boolean } = {}): { yaml: string; manifests: Manifest[] } {
  const helm = ensureGoTool('helm');
  const args = ['template', RELEASE, CHART_DIR, '--namespace', NAMESPACE, '--kube-version', KUBERNETES_VERSION, ...valuesArgs(valuesFiles)];
  if (options.skipSchema) args.push('--skip-schema-validation');
  const outcome = run(helm, args);
  if (!outcome.ok) throw new Error(`helm template ${valuesFiles.join(' ')} failed:\n${outcome.output}`);
  const manifests = parseAllDocuments(outcome.output)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors[0]?.message}`);
      return doc.toJS() as Manifest | null;
    })
    .filter((doc): doc is Manifest => doc !== null);
  return { yaml: outcome.output, manifests };
}

/** `helm lint --strict` (warnings fail too), with the values schema. */
export function helmLint(valuesFiles: string[]): Outcome {
  return run(ensureGoTool('helm'), ['lint', CHART_DIR, '--strict', '--namespace', NAMESPACE, '--kube-version', KUBERNETES_VERSION, ...valuesArgs(valuesFiles)]);
}

/** kubeconform's file name of a Kubernetes kind: `deployment-apps-v1`, `service-v1`, `networkpolicy-networking-v1`. */
function kindFile({ apiVersion, kind }: Manifest): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const groupPart = group ? `-${group.split('.')[0]}` : '';
  return `${kind.toLowerCase()}${groupPart}-${version}`;
}

/**
 * kubeconform -strict (unknown fields and duplicate keys refused) against Kubernetes' schemas
 * and the CRDs'; an object of a kind with no schema fails (no -ignore-missing-schemas).
 */
export function kubeconform(rendered: { yaml: string; manifests: Manifest[] }): Outcome {
  // CRDs' kinds have no file there and are simply not found: the second location has them.
  const k8s = ensureKubernetesSchemas(rendered.manifests.map(kindFile));
  const crds = crdSchemasDir();
  return run(
    ensureGoTool('kubeconform'),
    [
      '-strict',
      '-summary',
      '-kubernetes-version', KUBERNETES_VERSION,
      '-schema-location', `${k8s}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
      '-schema-location', `${crds}/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json`,
      '-',
    ],
    rendered.yaml,
  );
}

/**
 * kube-score's checks this chart does not follow, each for a stated reason. Per-object ones
 * (the graders' root in a user namespace, the one-replica Redis, the operator's Service) are
 * `kube-score/ignore` annotations next to the object, with their reasons there.
 */
export const KUBE_SCORE_IGNORED: Record<string, string> = {
  // Tags are pinned by values (an invariant test checks it); Always would make every pod start
  // ask the registry, and a registry outage would stop rescheduling.
  'container-image-pull-policy': 'images are pinned by tag or digest; IfNotPresent is enough',
  // Requests below limits on purpose: the APIs idle far below their bursts; the graders' requests
  // equal their CPU limits already (their sandboxes' time limits must not depend on neighbours).
  'container-resource-requests-equal-limits': 'requests sized for steady state, limits for bursts',
  'container-cpu-requests-equal-limits': 'requests sized for steady state, limits for bursts',
  'container-memory-requests-equal-limits': 'requests sized for steady state, limits for bursts',
  // emptyDirs carry explicit sizeLimits; the rest of the root file system is read-only.
  'container-ephemeral-storage-request-and-limit': 'read-only root file systems; every emptyDir has a sizeLimit',
};

export function kubeScore(rendered: { yaml: string }): Outcome {
  const ignores = Object.keys(KUBE_SCORE_IGNORED).flatMap((test) => ['--ignore-test', test]);
  return run(ensureGoTool('kube-score'), ['score', '--output-format', 'ci', '--kubernetes-version', `v${KUBERNETES_VERSION.split('.').slice(0, 2).join('.')}`, ...ignores, '-'], rendered.yaml);
}
