import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { ApiClient } from './app.ts';

export const TEST_OIDC_CLIENT = {
  clientId: 'showcase',
  clientSecret: 'a-test-client-secret-that-is-long-enough',
  publicUrl: 'http://localhost:3000',
};
export const TEST_REDIRECT_URI = `${TEST_OIDC_CLIENT.publicUrl}/api/auth/oidc/callback`;

/** What the provider says about a person (the claims of their ID token). */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestProvider {
  issuer: string;
  /** People who can sign in, by subject; change a record to change what the next sign-in says. */
  accounts: Map<string, TestAccount>;
  /** Seconds an authorization code lives (60 unless a test shortens it). */
  codeTtl: { seconds: number };
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on a random loopback port, with one
 * confidential client for Showcase, PKCE required, its own signing key, and a `groups` claim in the
 * ID token. Its login and consent page is replaced by a minimal interaction: GET
 * /interaction/<uid>?login=<subject> signs that subject in and grants the requested scopes.
 */
export async function startTestProvider(): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  const codeTtl = { seconds: 60 };
  const codeLifetime = () => codeTtl.seconds;
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    if (!provider) return res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) return void interact(provider, req, res);
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: [TEST_REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...key, kid: randomUUID(), alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // Scope claims go in the ID token itself, as most providers configured for groups do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: {
      AuthorizationCode: codeLifetime,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
  });
  return {
    issuer,
    accounts,
    codeTtl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  try {
    const details = await provider.interactionDetails(req, res);
    const accountId = new URL(req.url ?? '/', provider.issuer).searchParams.get('login');
    if (!accountId) return void res.writeHead(400).end('login= is required');
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id as string });
    grant.addOIDCScope(details.params.scope as string);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

/** The browser's part of a sign-in at the provider: cookies per provider, redirects by hand. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /** Follows the provider's redirects from the authorization URL to the redirect back to Showcase. */
  async authorize(authorizationUrl: string, login: string): Promise<URL> {
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.href.startsWith(TEST_REDIRECT_URI)) return url;
      if (url.pathname.startsWith('/interaction/')) url.searchParams.set('login', login);
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the provider');
  }
}

export interface SsoAttempt {
  /** The authorization URL Showcase redirected to. */
  authorizationUrl: string;
  /** The signed flow cookie (name=value). */
  flowCookie: string;
  /** Where the provider sent the browser back (Showcase's callback with code, state, iss). */
  callbackUrl: URL;
}

/** Starts a sign-in at Showcase and signs `login` in at the provider, stopping before the callback. */
export async function startSso(
  client: ApiClient,
  login: string,
  options: {
    next?: string;
    /** Changes the authorization URL before the browser opens it (a test's tampering). */
    rewrite?: (url: URL) => URL;
    browser?: ProviderBrowser;
  } = {},
): Promise<SsoAttempt> {
  const start = await client.get(
    `/api/auth/oidc/start${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`,
  );
  if (start.status !== 302) throw new Error(`start answered ${start.status}`);
  const location = start.headers.get('location') as string;
  const flowCookie = (start.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const url = options.rewrite ? options.rewrite(new URL(location)) : new URL(location);
  const callbackUrl = await (options.browser ?? new ProviderBrowser()).authorize(url.href, login);
  return { authorizationUrl: location, flowCookie, callbackUrl };
}

/**
 * Brings the browser back to Showcase's callback; on success the client keeps the session cookie
 * and the CSRF token (as the web app would after reading /api/auth/session).
 */
export async function finishSso(client: ApiClient, attempt: SsoAttempt, flowCookie = attempt.flowCookie) {
  const response = await client.app.request(attempt.callbackUrl.pathname + attempt.callbackUrl.search, {
    headers: { cookie: flowCookie },
  });
  const location = response.headers.get('location') ?? '';
  const session = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('showcase_session=') && !cookie.startsWith('showcase_session=;'));
  if (session) {
    client.cookie = session.split(';')[0];
    client.csrfToken = (await client.get('/api/auth/session')).body.csrfToken;
  }
  const error = new URL(location, TEST_OIDC_CLIENT.publicUrl).searchParams.get('sso_error');
  return { status: response.status, location, signedIn: Boolean(session), error };
}
