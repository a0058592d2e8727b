import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../shared/roles.ts';
import { type ApiClient, createTestContext, type TestContext } from './app.ts';

/**
 * Who may call what, written out by hand (not derived from the code under test). Every route in
 * the OpenAPI document must appear here, so a new endpoint cannot ship without a decision.
 */
const everyone: Role[] = ['admin', 'tmm', 'requester', 'viewer'];
const adminOnly: Role[] = ['admin'];
const editors: Role[] = ['admin', 'tmm'];
const filers: Role[] = ['admin', 'tmm', 'requester'];
const expected: Record<string, 'public' | 'webhook' | Role[]> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'POST /api/auth/sign-in': 'public',
  'GET /api/auth/methods': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'POST /api/auth/sign-out': everyone,
  'GET /api/auth/session': everyone,
  'PATCH /api/account': everyone,
  'POST /api/account/password': everyone,
  'GET /api/account/tokens': everyone,
  'POST /api/account/tokens': everyone,
  'DELETE /api/account/tokens/{id}': everyone,
  'GET /api/users': ['admin', 'tmm'],
  'GET /api/users/{id}': ['admin', 'tmm'],
  'POST /api/users': adminOnly,
  'PATCH /api/users/{id}': adminOnly,
  'GET /api/audit': adminOnly,
  'GET /api/audit/export': adminOnly,
  'GET /api/audit/verify': adminOnly,
  'GET /api/settings/workspace': everyone,
  'PATCH /api/settings/workspace': adminOnly,
  'GET /api/settings/terms': everyone,
  'POST /api/settings/terms': adminOnly,
  'PUT /api/settings/terms/order': adminOnly,
  'GET /api/settings/terms/{id}': everyone,
  'PATCH /api/settings/terms/{id}': adminOnly,
  'DELETE /api/settings/terms/{id}': adminOnly,
  'GET /api/settings/teams': everyone,
  'POST /api/settings/teams': adminOnly,
  'GET /api/settings/teams/{id}': everyone,
  'PATCH /api/settings/teams/{id}': adminOnly,
  'DELETE /api/settings/teams/{id}': adminOnly,
  'GET /api/settings/team-members': everyone,
  'GET /api/settings/team-members/{id}': everyone,
  'POST /api/settings/team-members': adminOnly,
  'PATCH /api/settings/team-members/{id}': adminOnly,
  'DELETE /api/settings/team-members/{id}': adminOnly,
  'GET /api/assets': everyone,
  'POST /api/assets': editors,
  'GET /api/assets/export': everyone,
  'POST /api/assets/import': editors,
  'POST /api/assets/import/gitlab': editors,
  'POST /api/imports': editors,
  'GET /api/imports/{id}': editors,
  'GET /api/assets/{id}': everyone,
  'PATCH /api/assets/{id}': editors,
  'POST /api/assets/{id}/views': everyone,
  'GET /api/assets/{id}/related': everyone,
  'GET /api/assets/{id}/engagement': everyone,
  'PUT /api/assets/{id}/outside-numbers': editors,
  'GET /api/insights': filers,
  'GET /api/insights/work': editors,
  'GET /api/plan/entries': filers,
  'POST /api/plan/entries': editors,
  'GET /api/plan/entries/{id}': filers,
  'PATCH /api/plan/entries/{id}': editors,
  'DELETE /api/plan/entries/{id}': editors,
  'POST /api/plan/entries/{id}/move': editors,
  'GET /api/plan/roadmap': filers,
  'GET /api/plan/calendar': filers,
  'POST /api/plan/events': editors,
  'GET /api/plan/events/{id}': filers,
  'PATCH /api/plan/events/{id}': editors,
  'DELETE /api/plan/events/{id}': editors,
  'GET /api/plan/feeds': filers,
  'POST /api/plan/feeds/{scope}': filers,
  'DELETE /api/plan/feeds/{scope}': filers,
  'GET /feeds/calendar/{token}': 'public',
  'GET /api/demos/{id}/click-through': filers,
  'POST /api/demos/{id}/click-through/steps': editors,
  'POST /api/demos/{id}/click-through/screenshots': editors,
  'PATCH /api/demos/{id}/click-through/steps/{stepId}': editors,
  'PUT /api/demos/{id}/click-through/order': editors,
  'DELETE /api/demos/{id}/click-through/steps/{stepId}': editors,
  'POST /api/demos/{id}/click-through/steps/{stepId}/redactions': editors,
  'PUT /api/demos/{id}/click-through/tokens': editors,
  'POST /api/demos/{id}/click-through/publish': editors,
  'GET /api/demos/{id}/click-through/preview': filers,
  'GET /api/demos/{id}/click-through/images/{stepId}': filers,
  'GET /api/demos/{id}/click-through/export.zip': filers,
  'GET /api/demos/{id}/click-through/funnel': filers,
  'POST /api/play/{assetId}/events': 'public',
  // Public: an external, published demo plays for anyone; others only for who may see them (clickthrough.test.ts).
  'GET /play/{id}': 'public',
  'GET /play/{id}/v/{versionId}/images/{stepId}': 'public',
  'GET /api/oembed': 'public',
  'GET /api/plan/import/mapping': editors,
  'POST /api/plan/import': editors,
  'GET /api/okrs': filers,
  'POST /api/okrs': editors,
  'GET /api/okrs/{id}': filers,
  'PATCH /api/okrs/{id}': editors,
  'DELETE /api/okrs/{id}': editors,
  'POST /api/okrs/{id}/key-results': editors,
  'PATCH /api/key-results/{id}': editors,
  'DELETE /api/key-results/{id}': editors,
  'POST /api/key-results/{id}/entries': editors,
  'POST /api/insights/outside-numbers/import': editors,
  'GET /api/assets/{id}/files': everyone,
  'POST /api/assets/{id}/files': editors,
  'GET /api/assets/{id}/files/{fileId}': everyone,
  'DELETE /api/assets/{id}/files/{fileId}': editors,
  'GET /api/assets/{id}/versions': everyone,
  'POST /api/assets/{id}/versions/{version}/restore': editors,
  'GET /api/assets/{id}/versions/{version}/diff': editors,
  'GET /api/lists': everyone,
  'POST /api/lists': editors,
  'PATCH /api/lists/{id}': editors,
  'DELETE /api/lists/{id}': editors,
  'GET /api/notifications': everyone,
  'POST /api/notifications/read': everyone,
  'GET /feeds/library/{format}': 'public',
  'GET /api/requests': filers,
  'GET /api/requests/budget': filers,
  'POST /api/requests': filers,
  'GET /api/requests/{id}': filers,
  'POST /api/requests/{id}/transitions': filers,
  'POST /api/requests/{id}/results': filers,
  'POST /api/integrations/gitlab/issues': 'webhook',
  'GET /api/settings/gitlab-users': adminOnly,
  'POST /api/settings/gitlab-users': adminOnly,
  'DELETE /api/settings/gitlab-users/{username}': adminOnly,
  'POST /api/requests/similar': filers,
  'POST /api/assets/suggestions': everyone,
  'GET /api/settings/webhooks': adminOnly,
  'POST /api/settings/webhooks': adminOnly,
  'GET /api/settings/webhooks/{id}': adminOnly,
  'PATCH /api/settings/webhooks/{id}': adminOnly,
  'DELETE /api/settings/webhooks/{id}': adminOnly,
  'GET /api/settings/webhooks/{id}/deliveries': adminOnly,
  'POST /api/settings/webhooks/{id}/secret': adminOnly,
  'GET /api/settings/webhooks/allowed-hosts': adminOnly,
  'PUT /api/settings/webhooks/allowed-hosts': adminOnly,
  'GET /api/settings/jobs': adminOnly,
  'POST /api/settings/jobs/{kind}/run': adminOnly,
  'POST /api/settings/jobs/failures/{id}/retry': adminOnly,
  'PATCH /api/requests/{id}': filers,
  'GET /api/requests/{id}/comments': filers,
  'GET /api/requests/{id}/mentionable': filers,
  'GET /api/requests/{id}/attachments': filers,
  'POST /api/requests/{id}/attachments': filers,
  'GET /api/requests/{id}/attachments/{attachmentId}': filers,
  'POST /api/requests/{id}/comments': filers,
  'GET /api/catalogue': filers,
  'POST /api/catalogue/stages': editors,
  'POST /api/catalogue/categories': editors,
  'POST /api/catalogue/features': editors,
  'POST /api/catalogue/import/gitlab': editors,
  'GET /api/catalogue/{kind}/{id}': filers,
  'PATCH /api/catalogue/{kind}/{id}': editors,
  'DELETE /api/catalogue/{kind}/{id}': editors,
  'GET /api/releases': filers,
  'POST /api/releases/import': editors,
  'GET /api/releases/{id}': filers,
  'GET /api/demos': filers,
  'GET /api/demos/{id}': filers,
  'PUT /api/demos/{id}': editors,
  'POST /api/demos/{id}/fork': editors,
  'POST /api/demos/{id}/verify': editors,
  'POST /api/flags/{id}/dismiss': editors,
  'POST /api/flags/{id}/request': filers,
  // Which assets is checked per asset (TMMs and admins any, others only their own): sharing.test.ts.
  'GET /api/assets/{id}/share-links': everyone,
  'POST /api/assets/{id}/share-links': everyone,
  'POST /api/share-links/{id}/revoke': everyone,
  'GET /api/shared/{token}': 'public',
  'POST /api/shared/{token}/passcode': 'public',
  'POST /api/shared/{token}/email': 'public',
  'POST /api/shared/{token}/email/verify': 'public',
  'POST /api/shared/{token}/visits': 'public',
  'POST /api/shared/{token}/beats': 'public',
  'GET /api/shared/{token}/download': 'public',
  'GET /api/shared/{token}/files/{fileId}': 'public',
  // The link's rules (clickthrough.share.test.ts): its click-through player and that player's events.
  'GET /api/shared/{token}/play': 'public',
  'POST /api/shared/{token}/play/events': 'public',
  'GET /api/assets/{id}/short-links': editors,
  'POST /api/short-links': editors,
  'PATCH /api/short-links/{id}': editors,
  'DELETE /api/short-links/{id}': editors,
  'GET /api/settings/distribution-channels': everyone,
  'POST /api/settings/distribution-channels': adminOnly,
  'PATCH /api/settings/distribution-channels/{id}': adminOnly,
  'DELETE /api/settings/distribution-channels/{id}': adminOnly,
  'GET /api/settings/publishing-checklists': everyone,
  'PUT /api/settings/publishing-checklists/{formatId}': adminOnly,
  'GET /api/utm-templates': editors,
  'POST /api/utm-templates': editors,
  'DELETE /api/utm-templates/{id}': editors,
  'GET /api/assets/{id}/distribution': editors,
  'PUT /api/assets/{id}/distribution/{channelId}': editors,
  'GET /api/assets/{id}/publishing-checklist': editors,
  'PUT /api/assets/{id}/publishing-checklist/{itemId}': editors,
  'GET /api/assets/{id}/announcement': editors,
  'POST /api/assets/{id}/announcement': editors,
};

/**
 * The read-only token column, stated here rather than taken from the code: a token with the
 * `read` scope of an admin may call exactly the GET operations an admin may, and is refused (403
 * forbidden) every other method, whatever the route does.
 */
const readOnlyTokenMay = (operation: string) => operation.startsWith('GET ');

let t: TestContext;
const clients = {} as Record<Role, ApiClient>;
let readOnly: ApiClient;
let operations: string[] = [];

beforeAll(async () => {
  t = await createTestContext();
  for (const role of roles) {
    // Tokens, not sessions: a sign-out call in the table must not end the next call's session.
    const signedIn = await t.as(role);
    const token = await signedIn.post('/api/account/tokens', { name: 'access matrix' });
    clients[role] = Object.assign(t.anonymous(), { bearer: token.body.token as string });
  }
  const reader = await (await t.as('admin')).post('/api/account/tokens', {
    name: 'access matrix, read only',
    scopes: ['read'],
  });
  expect(reader.status).toBe(201);
  readOnly = Object.assign(t.anonymous(), { bearer: reader.body.token as string });
  const document = (await t.anonymous().get('/api/openapi.json')).body;
  operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => t.close());

function call(client: ApiClient, operation: string) {
  const [method, template] = operation.split(' ') as [string, string];
  const path = template
    .replace('{id}', '00000000-0000-4000-8000-000000000000')
    .replace('{version}', '1')
    .replace('{format}', 'atom')
    .replace('{kind}', 'stages')
    .replace('{username}', 'someone')
    .replace('{scope}', 'mine')
    .replace('{token}', 'no-such-token')
    .replace('{attachmentId}', '00000000-0000-4000-8000-000000000001')
    .replace('{formatId}', '00000000-0000-4000-8000-000000000002')
    .replace('{channelId}', '00000000-0000-4000-8000-000000000003')
    .replace('{itemId}', '00000000-0000-4000-8000-000000000004')
    .replace('{stepId}', '00000000-0000-4000-8000-000000000005')
    .replace('{versionId}', '00000000-0000-4000-8000-000000000006');
  return client.request(method, path, method === 'GET' ? undefined : {});
}

describe('access control', () => {
  it('has a decision for every route in the API, and no stale entries', () => {
    expect([...operations].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [operation, allowed] of Object.entries(expected)) {
    it(`${operation}: ${typeof allowed === 'string' ? allowed : allowed.join(', ')}`, async () => {
      const anonymous = await call(t.anonymous(), operation);
      if (allowed === 'webhook') {
        // Webhooks authenticate with their own secret, whatever the caller's role: refused without it.
        for (const client of [t.anonymous(), readOnly, ...roles.map((role) => clients[role])]) {
          expect([401, 404]).toContain((await call(client, operation)).status);
        }
        return;
      }
      if (allowed === 'public') {
        expect(anonymous.status).not.toBe(401);
        expect(anonymous.status).not.toBe(403);
        return;
      }
      expect(anonymous.status).toBe(401);
      for (const role of roles) {
        const response = await call(clients[role], operation);
        if (allowed.includes(role)) {
          expect([401, 403], `${role} should be allowed`).not.toContain(response.status);
        } else {
          expect(response.status, `${role} should be refused`).toBe(403);
          expect(response.body.error.code).toBe('forbidden');
        }
      }
      const reading = await call(readOnly, operation);
      if (allowed.includes('admin') && readOnlyTokenMay(operation)) {
        expect([401, 403], 'a read-only token should be allowed').not.toContain(reading.status);
      } else {
        expect(reading.status, 'a read-only token should be refused').toBe(403);
        expect(reading.body.error.code).toBe('forbidden');
      }
    });
  }
});
