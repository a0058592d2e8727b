import { type APIRequestContext, expect, request } from '@playwright/test';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** A signed-in API session of its own (cookie + CSRF token), for setting up what a test needs. */
export async function apiAs(account: { email: string; password: string }) {
  const context: APIRequestContext = await request.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in', { data: account })).status()).toBe(200);
  const session = await (await context.get('/api/auth/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) => {
    const response = await context.fetch(path, { method, data, headers });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return response.json();
  };
  return {
    user: session.user as { id: string; name: string; teamId: string | null },
    get: (path: string) => call('GET', path),
    post: (path: string, data: unknown = {}) => call('POST', path, data),
    patch: (path: string, data: unknown) => call('PATCH', path, data),
    put: (path: string, data: unknown) => call('PUT', path, data),
    dispose: () => context.dispose(),
  };
}

export const SAMPLE_PASSWORD = 'showcase-sample';
export const JORDAN = { email: 'jordan@lumenstack.example', password: SAMPLE_PASSWORD };
export const ANA = { email: 'ana@lumenstack.example', password: SAMPLE_PASSWORD };

/** Files a request through the API and returns it. */
export async function fileRequest(
  api: Awaited<ReturnType<typeof apiAs>>,
  fields: { title: string; teamId: string; budgetOverrideReason?: string; dueDate?: string },
) {
  const types = (await api.get('/api/settings/terms?kind=deliverable_type')).terms as { id: string }[];
  return api.post('/api/requests', {
    deliverableTypeId: types[0]?.id,
    businessGoal: 'Pipeline for the platform campaign',
    ...fields,
  }) as Promise<{ id: string; number: number; title: string }>;
}
