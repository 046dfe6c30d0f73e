/**
 * The Helm chart (charts/eduscale), checked offline: rendered for each values file, then helm
 * lint, kubeconform -strict (Kubernetes' schemas and the CRDs'), kube-score (with the exceptions
 * in checks.ts) and the invariants in invariants.ts; a deliberately broken values file must be
 * refused by every one of them. The tools are built into .cache/chart-tools on first use
 * (go install: helm takes 4-9 minutes on two cores, the others about a minute together), hence
 * the long timeout of the first test; later runs take seconds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { CHART_DIR, helmLint, kubeconform, kubeScore, NAMESPACE, render, type Manifest } from './checks.ts';
import { copyProblems, gradingWaitKey, graderProblems, imageProblems, kedaListNameProblems, kedaListNames, redisSentinelProblems, resourceAndProbeProblems, secretProblems, sentinelServiceName, SENTINEL_PORT } from './invariants.ts';
import { ensureGoTool, ensureKubernetesSchemas } from './tools.ts';

const VALUES_FILES = ['values.yaml', 'values-small.yaml', 'values-production.yaml'];
const BROKEN = join(import.meta.dirname, 'broken-values.yaml');
const valuesPath = (file: string) => join(CHART_DIR, file);
const FIRST_BUILD_MS = 30 * 60_000;

/** The values a file ends up with where the invariants need them (the image tag, passwords it carries). */
function valuesOf(files: string[]) {
  const layers = files.map((file) => (parse(readFileSync(file, 'utf8')) ?? {}) as { image?: { tag?: string }; redis?: { auth?: { password?: string } } });
  const base = parse(readFileSync(valuesPath('values.yaml'), 'utf8')) as { image: { tag: string } };
  const tag = layers.reduce((t, layer) => layer.image?.tag ?? t, base.image.tag);
  const secrets = layers.map((layer) => layer.redis?.auth?.password ?? '').filter(Boolean);
  return { tag, secrets };
}

function invariantProblems(files: string[], manifests: Manifest[]) {
  const { tag, secrets } = valuesOf(files);
  return {
    graders: graderProblems(manifests),
    keda: kedaListNameProblems(manifests),
    resourcesAndProbes: resourceAndProbeProblems(manifests),
    secrets: secretProblems(manifests, secrets),
    images: imageProblems(manifests, tag),
    sentinels: redisSentinelProblems(manifests, NAMESPACE),
  };
}

type Env = { name: string; value?: string };
type Workload = Manifest & { spec: { template: { spec: { containers: { name: string; env?: Env[] }[] } } } };
type Policy = Manifest & { spec: { podSelector?: { matchLabels?: Record<string, string> }; egress?: { ports?: { port: number }[]; to?: unknown[] }[] } };
const byComponent = <T extends Manifest>(manifests: Manifest[], kind: string, name: string) =>
  manifests.find((m) => m.kind === kind && m.metadata.labels?.['app.kubernetes.io/component'] === name) as T;
const policyOf = (manifests: Manifest[], name: string) => manifests.find((m) => m.kind === 'NetworkPolicy' && (m as Policy).spec.podSelector?.matchLabels?.['app.kubernetes.io/component'] === name) as Policy;

describe('the Helm chart', { timeout: FIRST_BUILD_MS + 10 * 60_000 }, () => {
  before(() => {
    for (const tool of ['helm', 'kubeconform', 'kube-score'] as const) ensureGoTool(tool);
    ensureKubernetesSchemas([]);
  }, { timeout: FIRST_BUILD_MS });

  it("keeps its copies of the migrations, the edge's template and the alert rules identical to the repository's", () => {
    assert.deepEqual(copyProblems(), []);
  });

  it("computes the grading queue's waiting list the way BullMQ does", () => {
    assert.match(gradingWaitKey(), /^[^:]+:grading:wait$/);
  });

  for (const file of VALUES_FILES) {
    describe(file, () => {
      const files = [valuesPath(file)];
      let rendered: ReturnType<typeof render>;
      before(() => {
        rendered = render(files);
      });

      it('passes helm lint --strict', () => {
        const outcome = helmLint(files);
        assert.ok(outcome.ok, outcome.output);
      });

      it('passes kubeconform -strict', () => {
        const outcome = kubeconform(rendered);
        assert.ok(outcome.ok, outcome.output);
        assert.match(outcome.output, /Invalid: 0, Errors: 0, Skipped: 0/);
      });

      it('passes kube-score', () => {
        const outcome = kubeScore(rendered);
        assert.ok(outcome.ok, outcome.output.split('\n').filter((line) => line.startsWith('[CRITICAL]')).join('\n'));
      });

      it('holds every invariant', () => {
        const problems = invariantProblems(files, rendered.manifests);
        assert.deepEqual(problems, { graders: [], keda: [], resourcesAndProbes: [], secrets: [], images: [], sentinels: [] });
      });
    });
  }

  it('scales graders on the list the workers take jobs from, in production', () => {
    const { manifests } = render([valuesPath('values-production.yaml')]);
    assert.deepEqual(kedaListNames(manifests), [gradingWaitKey()]);
  });

  it('gives every Redis client, KEDA included, the Sentinels of the Redis operator in production', () => {
    const { manifests } = render([valuesPath('values-production.yaml')]);
    const sentinel = manifests.find((m) => m.kind === 'RedisSentinel') as Manifest & { spec: { redisSentinelConfig: { masterGroupName: string } } };
    const master = sentinel.spec.redisSentinelConfig.masterGroupName;
    assert.equal(master, 'eduscale');
    const service = sentinelServiceName(sentinel);
    const expected = `redis+sentinel://:$(REDIS_PASSWORD)@${service}:${SENTINEL_PORT}/${master}?sentinelPassword=$(REDIS_PASSWORD)`;
    const urls = manifests
      .filter((m) => m.kind === 'Deployment' || m.kind === 'Job')
      .flatMap((m) => (m as Workload).spec.template.spec.containers.flatMap((c) => (c.env ?? []).filter((v) => v.name === 'REDIS_URL').map((v) => [`${m.metadata.labels?.['app.kubernetes.io/component']}/${c.name}`, v.value])));
    assert.deepEqual(Object.fromEntries(urls), { 'programming-api/programming-api': expected, 'battle-api/battle-api': expected, 'graders/grader': expected, 'seed/seed': expected });
    const [trigger] = (manifests.find((m) => m.kind === 'ScaledObject') as Manifest & { spec: { triggers: { type: string; metadata: Record<string, string> }[] } }).spec.triggers;
    const { addresses, sentinelMaster, listName } = trigger!.metadata;
    assert.deepEqual({ type: trigger!.type, addresses, sentinelMaster, listName }, { type: 'redis-sentinel', addresses: `${service}.${NAMESPACE}.svc:${SENTINEL_PORT}`, sentinelMaster: master, listName: gradingWaitKey() });
    const graders = policyOf(manifests, 'graders').spec.egress!.map((rule) => rule.ports!.map((p) => p.port).join());
    assert.deepEqual(graders, ['5432', '6379', String(SENTINEL_PORT)]);
  });

  it('carries the alert rules as a PrometheusRule in production, and none by default', () => {
    const rules = (file: string) => render([valuesPath(file)]).manifests.filter((m) => m.kind === 'PrometheusRule');
    const source = parse(readFileSync(join(CHART_DIR, '..', '..', 'observability', 'prometheus', 'alerts.yml'), 'utf8')) as { groups: unknown[] };
    assert.deepEqual(rules('values-production.yaml').map((m) => (m.spec as { groups: unknown[] }).groups), [source.groups]);
    assert.deepEqual(rules('values.yaml'), []);
  });

  describe('a deliberately broken values file', () => {
    const files = [BROKEN];
    let rendered: ReturnType<typeof render>;
    before(() => {
      // The schema refuses it (helm lint below); rendered without it, so the other checks get their turn.
      rendered = render(files, { skipSchema: true });
    });

    it('is refused by helm lint (values.schema.json)', () => {
      const outcome = helmLint(files);
      assert.equal(outcome.ok, false, outcome.output);
      assert.match(outcome.output, /at '\/image\/tag': 'not' failed/);
      assert.match(outcome.output, /at '\/programmingApi\/resources': additional properties 'limit' not allowed/);
    });

    it('is refused by kubeconform -strict (an unknown field)', () => {
      const outcome = kubeconform(rendered);
      assert.equal(outcome.ok, false, outcome.output);
      assert.match(outcome.output, /Deployment eduscale-programming-api is invalid: .*\/resources': additional properties 'limit' not allowed/);
    });

    it('is refused by kube-score', () => {
      const outcome = kubeScore(rendered);
      assert.equal(outcome.ok, false, outcome.output);
      assert.match(outcome.output, /\[CRITICAL\] eduscale-programming-api apps\/v1\/Deployment: \(programming-api\) Image with latest tag/);
      assert.match(outcome.output, /\[CRITICAL\] eduscale-programming-api apps\/v1\/Deployment: \(programming-api\) (CPU|Memory) limit is not set/);
    });

    it('breaks the KEDA, resources, secrets and images invariants', () => {
      const problems = invariantProblems(files, rendered.manifests);
      assert.match(problems.keda.join('\n'), /KEDA watches eduscale:grading:wait/);
      assert.match(problems.resourcesAndProbes.join('\n'), /programming-api container programming-api: no limits\.cpu/);
      assert.match(problems.secrets.join('\n'), /ConfigMap\/eduscale-programming-api-env key ANALYTICS_ENDPOINT holds a credential/);
      assert.match(problems.images.join('\n'), /:latest is not pinned/);
    });

    it("breaks the graders' invariant when their confinement is loosened", () => {
      const { manifests } = render([valuesPath('values-production.yaml')]);
      const graders = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name.endsWith('-graders')) as Manifest & { spec: { template: { spec: { hostUsers?: boolean; containers: { securityContext: Record<string, unknown> }[] } } } };
      const pod = graders.spec.template.spec;
      pod.hostUsers = true;
      pod.containers[0]!.securityContext.privileged = true;
      const problems = graderProblems(manifests).join('\n');
      assert.match(problems, /hostUsers must be false/);
      assert.match(problems, /must not be privileged/);
    });

    it('breaks the Sentinel invariant when a client, the CR, KEDA or a NetworkPolicy strays from the Sentinels', () => {
      const { manifests } = render([valuesPath('values-production.yaml')]);
      const env = (component: string) => byComponent<Workload>(manifests, 'Deployment', component).spec.template.spec.containers[0]!.env!;
      const url = (component: string) => env(component).find((v) => v.name === 'REDIS_URL')!;
      url('graders').value = 'redis://:$(REDIS_PASSWORD)@eduscale-redis-primary:6379';
      url('battle-api').value = url('battle-api').value!.replace(`:${SENTINEL_PORT}/`, ':6379/');
      url('programming-api').value = url('programming-api').value!.replace('sentinelPassword=$(REDIS_PASSWORD)', 'sentinelPassword=hunter2');
      const sentinel = manifests.find((m) => m.kind === 'RedisSentinel') as Manifest & { spec: { redisSentinelConfig: { masterGroupName?: string } } };
      delete sentinel.spec.redisSentinelConfig.masterGroupName;
      const trigger = (manifests.find((m) => m.kind === 'ScaledObject') as Manifest & { spec: { triggers: { type: string; metadata: Record<string, string> }[] } }).spec.triggers[0]!;
      trigger.metadata.addresses = trigger.metadata.addresses!.replace(`.${NAMESPACE}.svc`, '');
      const graders = policyOf(manifests, 'graders');
      graders.spec.egress = graders.spec.egress!.filter((rule) => !rule.ports!.some((p) => p.port === SENTINEL_PORT));
      policyOf(manifests, 'programming-ui').spec.egress!.push({ ports: [{ port: SENTINEL_PORT }], to: [{ podSelector: {} }] });

      const problems = redisSentinelProblems(manifests, NAMESPACE).join('\n');
      assert.match(problems, /graders container grader: REDIS_URL redis:\/\/.* is not a redis\+sentinel:\/\/ URL/);
      assert.match(problems, /battle-api container battle-api: REDIS_URL names sentinels eduscale-redis-sentinel-sentinel:6379, not the operator's Service eduscale-redis-sentinel-sentinel:26379/);
      assert.match(problems, /programming-api container programming-api: REDIS_URL must take both passwords from \$\(REDIS_PASSWORD\)/);
      assert.match(problems, /RedisSentinel\/eduscale-redis-sentinel: masterGroupName must be set/);
      assert.match(problems, /REDIS_URL names master eduscale, the RedisSentinel's is undefined/);
      assert.match(problems, /KEDA asks eduscale-redis-sentinel-sentinel:26379, not eduscale-redis-sentinel-sentinel\.eduscale\.svc:26379/);
      assert.match(problems, /NetworkPolicy\/eduscale-graders reaches Redis but not the Sentinels on 26379/);
      assert.match(problems, /NetworkPolicy\/eduscale-programming-ui opens 26379 but reaches no Redis/);
      assert.match(problems, /NetworkPolicy\/eduscale-programming-ui opens 26379 to more than the sentinel pods/);
      assert.match(secretProblems(manifests).join('\n'), /programming-api container programming-api: env REDIS_URL holds a credential literally/);

      // The graders' own confinement: 26379 to anything but the sentinel pods is too wide.
      graders.spec.egress!.push({ ports: [{ port: SENTINEL_PORT }], to: [{ namespaceSelector: {} }] });
      assert.match(graderProblems(manifests).join('\n'), /graders' egress on 26379 must reach the Sentinel pods only/);
    });

    it('breaks the Sentinel invariant when a release without Sentinels opens their port', () => {
      const { manifests } = render([valuesPath('values-small.yaml')]);
      policyOf(manifests, 'graders').spec.egress!.push({ ports: [{ port: SENTINEL_PORT }], to: [{ podSelector: {} }] });
      assert.match(redisSentinelProblems(manifests, NAMESPACE).join('\n'), /NetworkPolicy\/eduscale-graders opens 26379 with no Sentinels to reach/);
      assert.match(graderProblems(manifests).join('\n'), /graders' egress on 26379 must reach the Sentinel pods only/);
    });
  });
});
