import type { Logger } from 'pino';
import type { Role } from '../../shared/roles.ts';
import type { TokenScope } from '../../shared/tokens.ts';
import type { Database } from '../db/connect.ts';
import type { Env } from '../env.ts';
import type { Mailer } from '../mail.ts';
import type { JobKind } from '../modules/jobs/jobs.runner.ts';
import type { Storage } from '../storage/storage.ts';

/** Who is making the request, resolved once by the auth middleware. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** How the request authenticated: a browser session (CSRF applies) or an API token. */
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  /** The API token a token-authenticated request used. */
  tokenId?: string;
  /**
   * What the API token is limited to (shared/tokens.ts); empty or absent for full access as the
   * user (a session, or a token without scopes). authorize() enforces it on every route.
   */
  scopes?: TokenScope[];
}

/** What createApp needs from the outside; tests pass their own database, storage and clock. */
export interface AppDeps {
  database: Database;
  env: Env;
  logger: Logger;
  /** Where files live (server/storage): a local folder or an S3-compatible bucket. */
  storage: Storage;
  now: () => Date;
  /** Outgoing email; createApp builds it from SHOWCASE_SMTP_URL when not given (none without SMTP). */
  mailer?: Mailer;
  /** The job kinds the jobs page shows; defaults to every background job Showcase has. */
  jobKinds?: readonly JobKind[];
  /** Asks the job runner to poll now (set by main.ts); without it a queued job waits for the next poll. */
  wakeJobs?: () => void;
  /** True once shutdown has begun (set by main.ts): /readyz answers 503 so a load balancer stops sending. */
  draining?: () => boolean;
  /** Folder with the built web app; omitted in API-only tests. */
  webDist?: string;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    principal?: Principal;
    /** The CSP nonce of a player page's own scripts (modules/clickthrough; securityHeaders adds it). */
    playerNonce?: string;
  };
}

/** The signed-in caller; only for routes whose access rule already required one. */
export function principalOf(c: { get(key: 'principal'): Principal | undefined }): Principal {
  const principal = c.get('principal');
  if (!principal) throw new Error('principalOf used on a route without an access rule');
  return principal;
}
