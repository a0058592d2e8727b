import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { type Role, roles } from '../../../shared/roles.ts';
import { roleFromGroups, type SsoErrorCode } from '../../../shared/sso.ts';
import type { Database } from '../../db/connect.ts';
import type { UserRow } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import { AppError } from '../../errors.ts';
import { identifyAuditActor } from '../audit/audit.context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createSsoUser, findUser, findUserWithEmail, updateUser } from '../users/users.service.ts';
import {
  findOidcIdentity,
  findOidcIdentityOfUser,
  insertOidcIdentity,
  touchOidcIdentity,
} from './auth.repository.ts';
import { startSession } from './auth.service.ts';

type Db = Database['db'];

/** Where the provider sends the browser back; register exactly this at the provider. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
export const OIDC_START_PATH = '/api/auth/oidc/start';
/** The signed cookie that carries state, nonce and PKCE verifier from start to callback. */
export const OIDC_FLOW_COOKIE = 'showcase_oidc';
/** How long a person has between leaving for the provider and coming back. */
export const OIDC_FLOW_SECONDS = 600;

/** Single sign-on settings, read from the environment (server/env.ts checked them at boot). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string;
  groupsClaim: string;
  /** Undefined: no mapping, roles are managed in Showcase. */
  roleMap?: Record<string, Role>;
  allowedDomains?: string[];
  jit: boolean;
  defaultRole: Role;
  trustEmail: boolean;
  redirectUri: string;
}

export function oidcSettings(env: Env): OidcSettings | undefined {
  const { SHOWCASE_OIDC_ISSUER: issuer, SHOWCASE_OIDC_CLIENT_ID: clientId } = env;
  const clientSecret = env.SHOWCASE_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret || !env.SHOWCASE_PUBLIC_URL) return undefined;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.SHOWCASE_OIDC_NAME,
    scopes: env.SHOWCASE_OIDC_SCOPES,
    groupsClaim: env.SHOWCASE_OIDC_GROUPS_CLAIM,
    roleMap: env.SHOWCASE_OIDC_ROLE_MAP,
    allowedDomains: env.SHOWCASE_OIDC_ALLOWED_DOMAINS,
    jit: env.SHOWCASE_OIDC_JIT === 'true',
    defaultRole: env.SHOWCASE_OIDC_DEFAULT_ROLE,
    trustEmail: env.SHOWCASE_OIDC_TRUST_EMAIL === 'true',
    redirectUri: new URL(OIDC_CALLBACK_PATH, env.SHOWCASE_PUBLIC_URL).href,
  };
}

/** A refused single sign-on: the callback sends the browser to the sign-in page with the code. */
export class SsoRefusal extends Error {
  readonly code: SsoErrorCode;
  constructor(code: SsoErrorCode, detail?: string) {
    super(detail ?? code);
    this.code = code;
  }
}

/** Discovery once per issuer and client, shared by every request; a failure is retried next time. */
const configurations = new Map<string, Promise<oidc.Configuration>>();

function configurationFor(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = [settings.issuer, settings.clientId, digestOf(settings.clientSecret)].join('\n');
  let configuration = configurations.get(key);
  if (!configuration) {
    const insecure = new URL(settings.issuer).protocol === 'http:'; // only loopback, env.ts checks
    // client_secret_basic: the standard's default, and one every provider takes (Okta refuses any
    // method but the one registered for the app, which is basic unless changed).
    configuration = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      undefined,
      oidc.ClientSecretBasic(settings.clientSecret),
      {
        timeout: 10,
        execute: insecure ? [oidc.allowInsecureRequests] : [],
      },
    );
    configurations.set(key, configuration);
    configuration.catch(() => configurations.delete(key));
  }
  return configuration;
}

/** Discovery at start-up, so a wrong issuer shows in the log before anyone tries to sign in. */
export async function checkOidcProvider(settings: OidcSettings): Promise<void> {
  await configurationFor(settings);
}

function digestOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  /** Unix milliseconds after which the flow is refused. */
  expires: number;
}

/** The cookie is signed with a key derived from the client secret, which only the server has. */
function flowKey(settings: OidcSettings): Buffer {
  return createHash('sha256').update(`showcase-oidc-flow\n${settings.clientSecret}`).digest();
}

function sealFlow(settings: OidcSettings, flow: FlowState): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  const signature = createHmac('sha256', flowKey(settings)).update(payload).digest('base64url');
  return `${payload}.${signature}`;
}

function openFlow(settings: OidcSettings, cookie: string | undefined, now: Date): FlowState {
  const [payload, signature, extra] = (cookie ?? '').split('.');
  if (!payload || !signature || extra !== undefined)
    throw new SsoRefusal('expired', 'no sign-in flow cookie');
  const expected = createHmac('sha256', flowKey(settings)).update(payload).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new SsoRefusal('invalid', 'the sign-in flow cookie has a wrong signature');
  const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FlowState;
  if (!(flow.expires > now.getTime())) throw new SsoRefusal('expired', 'the sign-in flow cookie has expired');
  return flow;
}

/**
 * Only same-site paths are followed after sign-in (never `//host` or `/\\host`), percent-encoded
 * as a URL parser writes them, so the Location header never carries a control character.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next?.startsWith('/')) return '/';
  const base = 'http://showcase.invalid';
  const url = new URL(next, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}

/**
 * Starts a sign-in: the provider's authorization URL (code flow with PKCE S256, state, nonce) and
 * the sealed flow cookie the browser brings back to the callback.
 */
export async function beginOidcSignIn(options: { settings: OidcSettings; next?: string; now: Date }) {
  const { settings } = options;
  let configuration: oidc.Configuration;
  try {
    configuration = await configurationFor(settings);
  } catch (error) {
    throw new SsoRefusal('unavailable', `discovery failed: ${(error as Error).message}`);
  }
  const flow: FlowState = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    next: safeNextPath(options.next),
    expires: options.now.getTime() + OIDC_FLOW_SECONDS * 1000,
  };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUri,
    scope: settings.scopes,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  });
  return { url, cookie: sealFlow(settings, flow) };
}

/** openid-client's error, its code and the check that failed, for the log (never for the browser). */
function describeOidcError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const {
    code,
    cause,
    error: oauthError,
    error_description: description,
  } = error as Error & Record<string, unknown>;
  const details: string[] = [error.message];
  if (typeof code === 'string') details.push(`code ${code}`);
  if (typeof oauthError === 'string') details.push(`${oauthError}${description ? `: ${description}` : ''}`);
  if (cause instanceof Error) details.push(cause.message);
  else if (cause && typeof cause === 'object' && !(cause instanceof Response)) {
    const { claim, expected, reason, parameter } = cause as Record<string, unknown>;
    for (const [name, value] of Object.entries({ claim, expected, reason, parameter }))
      if (typeof value === 'string') details.push(`${name} ${value}`);
  }
  return details.join('; ').slice(0, 500);
}

/** What Showcase takes from the provider's answer. */
interface ProviderPerson {
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  groups: string[];
}

function readGroups(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((group): group is string => typeof group === 'string');
  return [];
}

function readPerson(claims: Record<string, unknown>, settings: OidcSettings): ProviderPerson {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined;
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  return {
    subject: String(claims.sub),
    email: email || undefined,
    emailVerified:
      Boolean(email) && (verified || (settings.trustEmail && claims.email_verified === undefined)),
    name:
      typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : undefined,
    groups: readGroups(claims[settings.groupsClaim]),
  };
}

/**
 * The callback: checks the flow cookie, exchanges the code (openid-client checks state, `iss`,
 * PKCE, and the ID token's signature, issuer, audience, expiry and nonce), then finds or creates
 * the account, applies the role the groups give, and opens the app's normal session.
 */
export async function completeOidcSignIn(options: {
  db: Db;
  settings: OidcSettings;
  callbackUrl: URL;
  flowCookie: string | undefined;
  now: Date;
  sessionDays: number;
  userAgent?: string;
  ip?: string;
}) {
  const { db, settings, now } = options;
  const flow = openFlow(settings, options.flowCookie, now);
  const providerError = options.callbackUrl.searchParams.get('error');
  if (providerError) throw new SsoRefusal('denied', `the provider answered ${providerError}`);
  let configuration: oidc.Configuration;
  try {
    configuration = await configurationFor(settings);
  } catch (error) {
    throw new SsoRefusal('unavailable', `discovery failed: ${(error as Error).message}`);
  }
  let claims: Record<string, unknown>;
  let accessToken: string;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, options.callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = { ...(tokens.claims() as Record<string, unknown>) };
    accessToken = tokens.access_token;
  } catch (error) {
    throw new SsoRefusal('invalid', describeOidcError(error));
  }
  // Some providers put email or groups only in the UserInfo answer (by their configuration).
  const metadata = configuration.serverMetadata();
  if (
    (claims.email === undefined || claims[settings.groupsClaim] === undefined) &&
    metadata.userinfo_endpoint
  ) {
    try {
      const info = await oidc.fetchUserInfo(configuration, accessToken, String(claims.sub));
      claims = { ...info, ...claims };
    } catch (error) {
      throw new SsoRefusal('unavailable', `userinfo failed: ${(error as Error).message}`);
    }
  }
  const person = readPerson(claims, settings);
  const user = await db
    .transaction()
    .execute((trx) => signInPerson({ db: trx, settings, issuer: metadata.issuer, person, now }));
  const session = await startSession({
    db,
    user,
    now,
    sessionDays: options.sessionDays,
    userAgent: options.userAgent,
    ip: options.ip,
    method: 'sso',
  });
  return { ...session, next: flow.next };
}

/**
 * Finds the account (by the stored issuer + subject link, else — once — by verified email),
 * creates it when just-in-time creation allows, and sets its role from the groups.
 *
 * Roles: with SHOWCASE_OIDC_ROLE_MAP set, the groups decide at every sign-in and a person whose
 * groups map to no role is refused, new or existing (leaving every mapped group takes access
 * away). Without a map, Showcase's own roles stay as they are and new accounts get the default role.
 */
async function signInPerson(options: {
  db: Db;
  settings: OidcSettings;
  issuer: string;
  person: ProviderPerson;
  now: Date;
}): Promise<UserRow> {
  const { db, settings, issuer, person, now } = options;
  if (settings.allowedDomains) {
    if (!person.email || !person.emailVerified) throw new SsoRefusal('email_unverified');
    const domain = person.email.slice(person.email.lastIndexOf('@') + 1);
    if (!settings.allowedDomains.includes(domain)) throw new SsoRefusal('domain', `domain ${domain}`);
  }
  const mappedRole = settings.roleMap ? roleFromGroups(person.groups, settings.roleMap, roles) : undefined;
  if (settings.roleMap && !mappedRole)
    throw new SsoRefusal('no_role', `groups [${person.groups.join(', ')}] map to no role`);

  const identity = await findOidcIdentity(db, issuer, person.subject);
  let user = identity ? await findUser({ db, id: identity.user_id }) : undefined;
  if (!user) {
    if (!person.email || !person.emailVerified) throw new SsoRefusal('email_unverified');
    user = await findUserWithEmail({ db, email: person.email });
    if (user) {
      const other = await findOidcIdentityOfUser(db, user.id, issuer);
      if (other) throw new SsoRefusal('conflict', `account ${user.id} is linked to subject ${other.subject}`);
    } else {
      if (!settings.jit) throw new SsoRefusal('unknown_user');
      user = await createSsoUser({
        db,
        email: person.email,
        name: person.name ?? person.email.slice(0, person.email.indexOf('@')),
        role: mappedRole ?? settings.defaultRole,
      });
    }
    await insertOidcIdentity(db, {
      issuer,
      subject: person.subject,
      userId: user.id,
      email: person.email,
      groups: person.groups,
      now,
    });
  } else {
    await touchOidcIdentity(db, {
      issuer,
      subject: person.subject,
      email: person.email ?? null,
      groups: person.groups,
      now,
    });
  }
  if (!user.active) throw new SsoRefusal('deactivated');
  identifyAuditActor({ actorId: user.id, actorLabel: user.email, via: 'sso' });
  await recordAudit(
    db,
    {
      action: 'auth.sso_mapping',
      target: { type: 'user', id: user.id, label: user.email },
      details: { issuer, groups: person.groups, mappedRole: mappedRole ?? null, roleBefore: user.role },
    },
    now,
  );
  if (mappedRole && mappedRole !== user.role) {
    try {
      user = await updateUser({ db, id: user.id, input: { role: mappedRole }, now });
    } catch (error) {
      if (error instanceof AppError && error.code === 'last_admin') throw new SsoRefusal('last_admin');
      throw error;
    }
  }
  return user;
}
