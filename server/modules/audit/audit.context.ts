import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting, and from where, for every audit entry written while a request (or a CLI command,
 * or a job) runs. The request's context is set once by auditScope() after authentication, so
 * services record entries without each route passing the caller down.
 */
export interface AuditActor {
  actorId: string | null;
  /** The actor's email (kept when the account is later removed), or "system", "cli", "anonymous". */
  actorLabel: string;
  via: 'session' | 'token' | 'sso' | 'cli' | 'system' | 'anonymous';
  tokenId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

const storage = new AsyncLocalStorage<AuditActor>();

export const systemActor: AuditActor = { actorId: null, actorLabel: 'system', via: 'system' };

/** Runs `work` with `actor` as the one every audit entry inside it names. */
export function withAuditActor<T>(actor: AuditActor, work: () => T): T {
  return storage.run(actor, work);
}

/** The current actor: the request's caller, the CLI, or the system (jobs, boot). */
export function currentAuditActor(): AuditActor {
  return storage.getStore() ?? systemActor;
}

/** Changes the current actor in place (sign-in learns who the caller is part way through a request). */
export function identifyAuditActor(change: Partial<AuditActor>): void {
  const actor = storage.getStore();
  if (actor) Object.assign(actor, change);
}
