/**
 * Invariants of the rendered chart, each returning what breaks it (empty: it holds), so a test
 * can show each one failing on a broken render as well as passing on the real ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRADING_QUEUE } from '@eduscale/contracts';
import { parseRedisLocation } from '@eduscale/server-kit/deps';
import { QueueKeys } from 'bullmq';
import { REPO_ROOT } from '@eduscale/test-kit/paths';
import type { Manifest } from './checks.ts';

type Dict = Record<string, unknown>;
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };
type Container = { name: string; image?: string; resources?: { requests?: Dict; limits?: Dict }; readinessProbe?: unknown; livenessProbe?: unknown; env?: EnvVar[]; securityContext?: Dict; volumeMounts?: { name: string; mountPath: string }[] };
type PodSpec = { containers: Container[]; initContainers?: Container[]; hostUsers?: boolean; automountServiceAccountToken?: boolean; serviceAccountName?: string; securityContext?: Dict; volumes?: { name: string; emptyDir?: { medium?: string } }[] };

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'Job']);
const podSpec = (m: Manifest): PodSpec | undefined => (WORKLOADS.has(m.kind) ? ((m as unknown as Dict & { spec: { template: { spec: PodSpec } } }).spec.template.spec) : undefined);
const component = (m: Manifest) => m.metadata.labels?.['app.kubernetes.io/component'];
const where = (m: Manifest, c?: Container) => `${m.kind}/${m.metadata.name}${c ? ` container ${c.name}` : ''}`;

/**
 * The list KEDA must watch: BullMQ's waiting list of the grading queue, `<prefix>:<queue>:wait`,
 * with the queue name the workers import and the prefix their Worker is built with (none set:
 * BullMQ's own default, asked of BullMQ itself).
 */
export function gradingWaitKey(): string {
  const sources = ['grader-api/src/grading/grading.worker.ts', 'programming-api/src/submissions/grading-queue.ts'];
  const prefixes = sources.map((file) => /\bprefix\s*:\s*['"`]([^'"`]+)['"`]/.exec(readFileSync(join(REPO_ROOT, file), 'utf8'))?.[1]);
  if (prefixes.some((prefix) => prefix !== prefixes[0])) throw new Error(`the grading queue's producer and workers disagree on the BullMQ prefix: ${prefixes.join(' vs ')}`);
  return new QueueKeys(prefixes[0]).toKey(GRADING_QUEUE, 'wait');
}

type Trigger = { type: string; metadata: Dict; authenticationRef?: { name: string } };
const REDIS_TRIGGERS = new Set(['redis', 'redis-sentinel']);
const redisTriggers = (manifests: Manifest[]): Trigger[] =>
  manifests
    .filter((m) => m.kind === 'ScaledObject')
    .flatMap((m) => (m as unknown as Dict & { spec: { triggers: Trigger[] } }).spec.triggers)
    .filter((trigger) => REDIS_TRIGGERS.has(trigger.type));

/** The lists KEDA's Redis triggers watch (a redis or a redis-sentinel trigger alike). */
export function kedaListNames(manifests: Manifest[]): string[] {
  return redisTriggers(manifests).map((trigger) => String(trigger.metadata.listName));
}

export function kedaListNameProblems(manifests: Manifest[], expected = gradingWaitKey()): string[] {
  return kedaListNames(manifests).filter((name) => name !== expected).map((name) => `KEDA watches ${name}, the graders take jobs from ${expected}`);
}

/** Every long-running container has requests and limits (cpu, memory) and both probes; Jobs' containers the resources. */
export function resourceAndProbeProblems(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  for (const m of manifests) {
    const spec = podSpec(m);
    if (!spec) continue;
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      for (const kind of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) if (c.resources?.[kind]?.[resource] === undefined) problems.push(`${where(m, c)}: no ${kind}.${resource}`);
      }
      if (m.kind !== 'Job' && !(spec.initContainers ?? []).includes(c)) {
        if (!c.readinessProbe) problems.push(`${where(m, c)}: no readinessProbe`);
        if (!c.livenessProbe) problems.push(`${where(m, c)}: no livenessProbe`);
      }
    }
  }
  return problems;
}

const CREDENTIAL_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:[^\s/@$(]+@|[?&]sentinelPassword=(?!\$\()[^&\s]/i;
const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|_URL$)/i;

/**
 * No secret outside a Secret: no ConfigMap entry (nor a container's literal env value) holds a
 * URL with a password in it, a secret-looking variable, or any of `knownSecrets` (the passwords
 * the values files carry). URLs built from `$(VAR)` references to Secret keys are fine.
 */
export function secretProblems(manifests: Manifest[], knownSecrets: string[] = []): string[] {
  const problems: string[] = [];
  const leaks = (value: string) => CREDENTIAL_URL.test(value) || knownSecrets.some((secret) => secret && value.includes(secret));
  for (const m of manifests) {
    if (m.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries((m as unknown as Dict & { data?: Record<string, string> }).data ?? {})) {
        if (leaks(value)) problems.push(`ConfigMap/${m.metadata.name} key ${key} holds a credential`);
        else if (SECRET_NAME.test(key) && /^(PASSWORD|.*_PASSWORD|.*SECRET.*|.*TOKEN.*|DATABASE_URL|REDIS_URL)$/i.test(key)) problems.push(`ConfigMap/${m.metadata.name} key ${key} is a secret's name`);
      }
    }
    const spec = podSpec(m);
    for (const c of spec?.containers ?? []) {
      for (const variable of c.env ?? []) {
        if (variable.value !== undefined && leaks(variable.value)) problems.push(`${where(m, c)}: env ${variable.name} holds a credential literally`);
      }
    }
  }
  return problems;
}

const PINNED = /^[^\s:@]+(?::\d+)?(?:\/[^\s:@]+)*(?::(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@sha256:[a-f0-9]{64})$/;

/** Every image is pinned (a tag that is not latest, or a digest), and EduScale's carry the values' tag. */
export function imageProblems(manifests: Manifest[], eduscaleTag: string): string[] {
  const problems: string[] = [];
  const images: [string, string][] = [];
  for (const m of manifests) {
    for (const c of [...(podSpec(m)?.initContainers ?? []), ...(podSpec(m)?.containers ?? [])]) images.push([where(m, c), c.image ?? '']);
    const spec = (m as unknown as Dict & { spec?: Dict }).spec ?? {};
    if (m.kind === 'Cluster') images.push([where(m), String(spec.imageName ?? '')]);
    if (m.kind === 'RedisReplication' || m.kind === 'RedisSentinel') images.push([where(m), String((spec.kubernetesConfig as Dict | undefined)?.image ?? '')]);
    if (m.kind === 'TestRun') images.push([where(m), String((spec.runner as Dict | undefined)?.image ?? '')]);
  }
  for (const [place, image] of images) {
    if (!PINNED.test(image)) problems.push(`${place}: image ${image || '(none)'} is not pinned`);
    else if (/\/eduscale\//.test(image) && !image.includes('@') && !image.endsWith(`:${eduscaleTag}`)) problems.push(`${place}: image ${image} is not the values' tag ${eduscaleTag}`);
  }
  return problems;
}

const GRADER_CAPABILITIES = new Set(['SYS_ADMIN', 'SETUID', 'SETGID', 'CHOWN', 'FOWNER', 'DAC_OVERRIDE', 'KILL']);

/**
 * The graders' confinement (templates/graders.yaml says why each): a user namespace of their
 * own, no service-account token, the runtime's seccomp and AppArmor profiles off for bwrap (the
 * sandbox brings its own filter), /proc unmasked, all capabilities dropped but the listed few, not
 * privileged, read-only root, boxes on a memory-backed emptyDir, egress only to Redis and Postgres
 * (in mode operator Redis's Sentinels too, and only their pods).
 */
export function graderProblems(manifests: Manifest[]): string[] {
  const graders = manifests.filter((m) => m.kind === 'Deployment' && component(m) === 'graders');
  if (graders.length !== 1) return [`expected one graders Deployment, found ${graders.length}`];
  const m = graders[0]!;
  const spec = podSpec(m)!;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => ok || problems.push(`${where(m)}: ${what}`);
  expect(spec.hostUsers === false, 'hostUsers must be false');
  expect(spec.automountServiceAccountToken === false, 'the service-account token must not be mounted');
  const account = manifests.find((a) => a.kind === 'ServiceAccount' && a.metadata.name === spec.serviceAccountName) as (Manifest & { automountServiceAccountToken?: boolean }) | undefined;
  expect(account?.automountServiceAccountToken === false, `its ServiceAccount ${spec.serviceAccountName} must not automount a token`);
  const container = spec.containers.find((c) => c.name === 'grader');
  if (!container) return [...problems, `${where(m)}: no grader container`];
  const sc = container.securityContext ?? {};
  const caps = (sc.capabilities ?? {}) as { drop?: string[]; add?: string[] };
  expect((sc.seccompProfile as Dict | undefined)?.type === 'Unconfined', 'seccompProfile must be Unconfined (bwrap installs its own filter)');
  expect((sc.appArmorProfile as Dict | undefined)?.type === 'Unconfined', 'appArmorProfile must be Unconfined (bwrap mounts)');
  expect(sc.procMount === 'Unmasked', 'procMount must be Unmasked (bwrap mounts a fresh /proc)');
  expect(sc.privileged !== true, 'must not be privileged');
  expect(sc.readOnlyRootFilesystem === true, 'the root file system must be read-only');
  expect(caps.drop?.includes('ALL') === true, 'capabilities must drop ALL');
  for (const cap of caps.add ?? []) expect(GRADER_CAPABILITIES.has(cap), `capability ${cap} is more than the sandbox needs`);
  const env = Object.fromEntries((container.env ?? []).map((v) => [v.name, v.value]));
  expect(env.SANDBOX_DRIVER === 'bubblewrap', 'SANDBOX_DRIVER must be bubblewrap');
  const workDir = env.GRADER_WORK_DIR ?? '';
  const mount = (container.volumeMounts ?? []).find((v) => workDir.startsWith(v.mountPath));
  const volume = spec.volumes?.find((v) => v.name === mount?.name);
  expect(volume?.emptyDir?.medium === 'Memory', `GRADER_WORK_DIR ${workDir} must be on a memory-backed emptyDir`);
  const policy = networkPolicies(manifests).find((p) => p.spec.podSelector?.matchLabels?.['app.kubernetes.io/component'] === 'graders');
  if (!policy) problems.push('no NetworkPolicy for the graders');
  else {
    const rules = policy.spec.egress ?? [];
    const ports = rules.flatMap((rule) => (rule.ports ?? [{ port: -1 }]).map((p) => p.port));
    expect(ports.length > 0 && ports.every((port) => port === 5432 || port === 6379 || port === SENTINEL_PORT), `graders' egress must be Postgres and Redis only, not ports ${ports.join(', ')}`);
    // The Sentinels count as Redis, and only they: the operator's sentinel pods, nothing wider.
    const sentinels = sentinelPeer(manifests);
    for (const rule of rules.filter((r) => (r.ports ?? []).some((p) => p.port === SENTINEL_PORT))) {
      expect(sentinels !== undefined && onlySentinels(rule, sentinels), `graders' egress on ${SENTINEL_PORT} must reach the Sentinel pods only, not ${JSON.stringify(rule)}`);
    }
  }
  return problems;
}

type Peer = Dict & { podSelector?: { matchLabels?: Dict } };
type EgressRule = { ports?: { port: number }[]; to?: Peer[] };
type NetworkPolicy = Manifest & { spec: { podSelector?: { matchLabels?: Dict }; egress?: EgressRule[] } };
const networkPolicies = (manifests: Manifest[]) => manifests.filter((m): m is NetworkPolicy => m.kind === 'NetworkPolicy');

/** Sentinel's port, which the OT redis-operator serves its sentinels on (pkg/k8sutils/services.go). */
export const SENTINEL_PORT = 26379;
type RedisSentinel = Manifest & { spec: { kubernetesConfig?: { redisSecret?: { name: string; key: string } }; redisSentinelConfig?: { redisReplicationName?: string; masterGroupName?: string } } };
const redisSentinels = (manifests: Manifest[]) => manifests.filter((m): m is RedisSentinel => m.kind === 'RedisSentinel');

/**
 * The OT redis-operator's Service (and StatefulSet, and pods' app label) for a RedisSentinel:
 * `<name>-sentinel` (redis-operator pkg/k8sutils/redis-sentinel.go, CreateRedisSentinelService).
 */
export const sentinelServiceName = (sentinel: Manifest) => `${sentinel.metadata.name}-sentinel`;
/** The peer that is the sentinel pods and nothing else, if the chart makes a RedisSentinel. */
function sentinelPeer(manifests: Manifest[]): Peer | undefined {
  const [sentinel] = redisSentinels(manifests);
  return sentinel && { podSelector: { matchLabels: { app: sentinelServiceName(sentinel) } } };
}
const onlySentinels = (rule: EgressRule, sentinels: Peer) =>
  (rule.ports ?? []).every((p) => p.port === SENTINEL_PORT) && JSON.stringify(rule.to) === JSON.stringify([sentinels]);

/**
 * Mode operator, Redis through its Sentinels (server-kit deps/redis-options.ts): every container
 * with REDIS_URL gets `redis+sentinel://` naming the operator's sentinel Service on 26379 and the
 * RedisSentinel's own masterGroupName (set in the CR, not left to the CRD's default), its
 * passwords `$(REDIS_PASSWORD)` from the CR's Secret, defined before it; KEDA's trigger goes the
 * same way; no Service follows the operator's redis-role label; every NetworkPolicy that lets a
 * pod reach Redis lets it reach the sentinel pods on 26379, and no other opens 26379 or anything
 * wider. Without a RedisSentinel, nothing may open 26379.
 */
export function redisSentinelProblems(manifests: Manifest[], namespace: string): string[] {
  const problems: string[] = [];
  const sentinels = redisSentinels(manifests);
  const replications = manifests.filter((m) => m.kind === 'RedisReplication');
  const policies = networkPolicies(manifests);
  const opens = (policy: NetworkPolicy, port: number) => (policy.spec.egress ?? []).some((rule) => (rule.ports ?? []).some((p) => p.port === port));
  if (sentinels.length === 0) {
    if (replications.length > 0) problems.push('a RedisReplication without a RedisSentinel: nothing elects a new primary');
    for (const policy of policies.filter((p) => opens(p, SENTINEL_PORT))) problems.push(`NetworkPolicy/${policy.metadata.name} opens ${SENTINEL_PORT} with no Sentinels to reach`);
    return problems;
  }
  if (sentinels.length > 1) return [`expected one RedisSentinel, found ${sentinels.length}`];
  const cr = sentinels[0]!;
  const service = sentinelServiceName(cr);
  const master = cr.spec.redisSentinelConfig?.masterGroupName;
  const secret = cr.spec.kubernetesConfig?.redisSecret;
  if (!master) problems.push(`${where(cr)}: masterGroupName must be set (the CRD's default, myMaster, is not what the URLs say)`);
  if (!secret) problems.push(`${where(cr)}: no redisSecret (the URLs give the sentinels the data nodes' password)`);

  let carriers = 0;
  for (const m of manifests) {
    const spec = podSpec(m);
    for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
      const env = c.env ?? [];
      const index = env.findIndex((v) => v.name === 'REDIS_URL');
      if (index === -1) continue;
      carriers += 1;
      const fail = (what: string) => problems.push(`${where(m, c)}: REDIS_URL ${what}`);
      const url = env[index]!.value;
      if (url === undefined) {
        fail('must be composed here from $(REDIS_PASSWORD), not taken whole from elsewhere');
        continue;
      }
      let location: ReturnType<typeof parseRedisLocation>;
      try {
        location = parseRedisLocation(url);
      } catch (error) {
        fail(`does not parse: ${(error as Error).message}`);
        continue;
      }
      if (location.kind !== 'sentinel') {
        fail(`${url} is not a redis+sentinel:// URL`);
        continue;
      }
      if (JSON.stringify(location.sentinels) !== JSON.stringify([{ host: service, port: SENTINEL_PORT }])) fail(`names sentinels ${location.sentinels.map((s) => `${s.host}:${s.port}`).join(',')}, not the operator's Service ${service}:${SENTINEL_PORT}`);
      if (location.name !== master) fail(`names master ${location.name}, the RedisSentinel's is ${master}`);
      if (location.password !== '$(REDIS_PASSWORD)' || location.sentinelPassword !== '$(REDIS_PASSWORD)') fail('must take both passwords from $(REDIS_PASSWORD)');
      const password = env.findIndex((v) => v.name === 'REDIS_PASSWORD');
      const ref = env[password]?.valueFrom?.secretKeyRef;
      if (password === -1 || password > index) fail('comes before REDIS_PASSWORD is defined (no $(…) expansion then)');
      else if (!ref || ref.name !== secret?.name || ref.key !== secret.key) fail(`REDIS_PASSWORD must come from the RedisSentinel's Secret ${secret?.name}/${secret?.key}`);
    }
  }
  if (carriers === 0) problems.push('no container has a REDIS_URL');

  const qualified = `${service}.${namespace}.svc:${SENTINEL_PORT}`;
  for (const trigger of redisTriggers(manifests)) {
    if (trigger.type !== 'redis-sentinel') problems.push(`KEDA's ${trigger.type} trigger must go through the Sentinels (redis-sentinel)`);
    else {
      if (trigger.metadata.addresses !== qualified) problems.push(`KEDA asks ${String(trigger.metadata.addresses)}, not ${qualified} (KEDA resolves names from its own namespace)`);
      if (trigger.metadata.sentinelMaster !== master) problems.push(`KEDA asks for master ${String(trigger.metadata.sentinelMaster)}, the RedisSentinel's is ${master}`);
      const auth = manifests.find((m) => m.kind === 'TriggerAuthentication' && m.metadata.name === trigger.authenticationRef?.name) as (Manifest & { spec: { secretTargetRef?: { parameter: string; name: string; key: string }[] } }) | undefined;
      for (const parameter of ['password', 'sentinelPassword']) {
        const target = auth?.spec.secretTargetRef?.find((t) => t.parameter === parameter);
        if (target?.name !== secret?.name || target?.key !== secret?.key) problems.push(`KEDA's ${parameter} must come from ${secret?.name}/${secret?.key}`);
      }
    }
  }

  for (const m of manifests.filter((s) => s.kind === 'Service')) {
    if ((m as unknown as Dict & { spec?: { selector?: Dict } }).spec?.selector?.['redis-role'] !== undefined) problems.push(`${where(m)} follows the operator's redis-role label: clients go through the Sentinels`);
  }

  const peer = sentinelPeer(manifests)!;
  const operatorApps = new Set([service, cr.spec.redisSentinelConfig?.redisReplicationName]);
  for (const policy of policies) {
    // The operator's own pods' policies (replication, the sentinels' watching) are theirs.
    if (operatorApps.has(policy.spec.podSelector?.matchLabels?.app as string | undefined)) continue;
    const redis = opens(policy, 6379);
    const sentinel = opens(policy, SENTINEL_PORT);
    if (redis && !sentinel) problems.push(`NetworkPolicy/${policy.metadata.name} reaches Redis but not the Sentinels on ${SENTINEL_PORT}`);
    if (sentinel && !redis) problems.push(`NetworkPolicy/${policy.metadata.name} opens ${SENTINEL_PORT} but reaches no Redis`);
    for (const rule of (policy.spec.egress ?? []).filter((r) => (r.ports ?? []).some((p) => p.port === SENTINEL_PORT))) {
      if (!onlySentinels(rule, peer)) problems.push(`NetworkPolicy/${policy.metadata.name} opens ${SENTINEL_PORT} to more than the sentinel pods: ${JSON.stringify(rule)}`);
    }
  }
  return problems;
}

/** The chart's copies of repository files (the migrations, the edge's template, the alert rules) equal their sources. */
export function copyProblems(): string[] {
  const problems: string[] = [];
  const same = (source: string, copy: string) => {
    if (readFileSync(join(REPO_ROOT, source), 'utf8') !== readFileSync(join(REPO_ROOT, copy), 'utf8')) problems.push(`${copy} differs from ${source}: copy it again`);
  };
  same('nginx/templates/eduscale.conf.template', 'charts/eduscale/files/nginx/eduscale.conf.template');
  same('observability/prometheus/alerts.yml', 'charts/eduscale/files/prometheus/alerts.yml');
  const migrations = (dir: string) => readdirSync(join(REPO_ROOT, dir)).filter((name) => name.endsWith('.sql')).sort();
  const sources = migrations('flyway/sql');
  const copies = migrations('charts/eduscale/files/flyway');
  if (sources.join() !== copies.join()) problems.push(`charts/eduscale/files/flyway/ has ${copies.join(' ')}, flyway/sql/ has ${sources.join(' ')}: cp flyway/sql/*.sql charts/eduscale/files/flyway/`);
  for (const name of sources.filter((n) => copies.includes(n))) same(`flyway/sql/${name}`, `charts/eduscale/files/flyway/${name}`);
  return problems;
}
