/**
 * The services of the local stack and the ports they listen on. The launcher starts exactly
 * these; the compose files are checked against them, so the two shapes cannot drift.
 */
export interface ServiceSpec {
  /** Service name, the same in the launcher, in compose and in log prefixes. */
  name: string;
  /** Port the service listens on (each extra replica of a scaled service takes the next one). */
  port: number;
  /** How many processes the local stack runs. */
  replicas: number;
  /** Workspace folder holding the service, or undefined for third-party servers. */
  workspace?: string;
}

export const NGINX_PORT = 8080;

export const APP_SERVICES: readonly ServiceSpec[] = [
  // Two API processes, so SSE fan-out across instances (Redis pub/sub) is always exercised.
  { name: 'programming-api', port: 4000, replicas: 2, workspace: 'programming-api' },
  { name: 'programming-ui', port: 4321, replicas: 1, workspace: 'programming-ui' },
  // At least two graders, so load balancing across the fleet is always exercised.
  { name: 'grader-api', port: 4100, replicas: 2, workspace: 'grader-api' },
  // Two battle servers, so Socket.IO fan-out through the Redis adapter is always exercised.
  { name: 'battle-api', port: 4200, replicas: 2, workspace: 'battle-api' },
];

/** Servers the stack needs but does not build; locally they get free ports at first start. */
export const INFRA_SERVICES = ['postgres', 'redis', 'nginx'] as const;
