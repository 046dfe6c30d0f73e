import { DomainError, problemType } from '@eduscale/server-kit/errors';
import type { NodeStatus } from './roadmap-state.ts';

/** A mark on a node that is still locked: the problem names what locks it. */
export class NodeLockedError extends DomainError {
  override name = 'NodeLockedError';
  readonly status = 409;
  readonly type = problemType('roadmap-node-locked');
  readonly title = 'This step is locked';

  constructor(title: string, status: NodeStatus, titleOf: (id: string) => string) {
    super(lockedDetail(title, status, titleOf), { extensions: { missing: status.missing, ...(status.missingAny ? { missingAny: status.missingAny } : {}) } });
  }
}

function lockedDetail(title: string, status: NodeStatus, titleOf: (id: string) => string): string {
  if (status.comingSoon) return `${title} opens once mock assessments are available.`;
  const choice = new Set(status.missingAny?.of);
  const parts = [status.missing.filter((id) => !choice.has(id)).map(titleOf).join(', ')].filter(Boolean);
  if (status.missingAny) parts.push(`${status.missingAny.count} more of ${status.missingAny.of.map(titleOf).join(', ')}`);
  return `${title} is locked: first finish ${parts.join(', and ')}.`;
}

/** A hand mark a node does not take: assignments and assessments are done by evidence, milestones by what they require. */
export class NotMarkableError extends DomainError {
  override name = 'NotMarkableError';
  readonly status = 409;
  readonly type = problemType('roadmap-node-not-markable');
  readonly title = 'This step is not marked by hand';
}
