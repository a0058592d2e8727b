import { type APIRequestContext, expect, request } from '@playwright/test';
import { ADMIN } from './fixtures.ts';
import { baseURL, screenPng } from './player-fixture.ts';

const hotspots = [
  { x: 0.3, y: 0.45, w: 0.12, h: 0.1 },
  { x: 0.5, y: 0.75, w: 0.12, h: 0.1 },
  { x: 0.7, y: 0.15, w: 0.12, h: 0.1 },
  { x: 0.1, y: 0.45, w: 0.12, h: 0.1 },
  { x: 0.3, y: 0.75, w: 0.12, h: 0.1 },
  { x: 0.85, y: 0.85, w: 0.1, h: 0.1 },
  { x: 0.7, y: 0.45, w: 0.12, h: 0.1 },
  { x: 0.1, y: 0.75, w: 0.12, h: 0.1 },
];

/**
 * A click-through demo built and published through the builder API as a TMM would: an intro,
 * eight screenshots with hotspots in two chapters, a closing step with a personalised call to action.
 */
export async function publishClickThrough(options: { title: string; visibility: 'external' | 'internal' }) {
  const context: APIRequestContext = await request.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in', { data: ADMIN })).status()).toBe(200);
  const session = await (await context.get('/api/auth/session')).json();
  const headers = { 'x-csrf-token': session.csrfToken as string };
  const call = async (method: string, path: string, data?: unknown) => {
    const response = await context.fetch(path, { method, data, headers });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return response.json();
  };
  const formats = (await call('GET', '/api/settings/terms?kind=format')).terms as {
    id: string;
    name: string;
  }[];
  const lists = (await call('GET', '/api/lists')).lists as { id: string }[];
  const asset = await call('POST', '/api/assets', {
    title: options.title,
    summary: 'Lumenstack ships a release in ten steps.',
    formatId: formats.find((format) => format.name === 'Click-through demo')?.id,
    listIds: [lists[0]?.id],
    visibility: options.visibility,
    safeToShare: true,
    status: 'published',
    checklistOverride: 'Published by the browser test',
  });
  const id = asset.id as string;
  await call('PUT', `/api/demos/${id}`, {});
  const api = `/api/demos/${id}/click-through`;
  await call('POST', `${api}/steps`, {
    kind: 'intro',
    title: 'Hello {{first_name|there}}',
    body: 'See how {{company}} ships a release with Lumenstack.',
    advance: 'next',
  });
  for (let n = 1; n <= 8; n++) {
    const upload = await context.post(`${api}/screenshots`, {
      headers,
      multipart: {
        file: {
          name: `screen-${n}.png`,
          mimeType: 'image/png',
          buffer: await screenPng(n, hotspots[n - 1] ?? null),
        },
      },
    });
    expect(upload.ok(), await upload.text()).toBe(true);
    const step = await upload.json();
    await call('PATCH', `${api}/steps/${step.id}`, {
      title: `Screen ${n}`,
      body: `What screen ${n} shows, for {{company}}.`,
      hotspot: hotspots[n - 1],
      chapter: n <= 4 ? 'Set up' : 'Ship',
      advance: 'hotspot',
    });
  }
  await call('POST', `${api}/steps`, {
    kind: 'closing',
    title: 'Your turn',
    body: 'Start a trial for {{company}}.',
    chapter: 'Ship',
    advance: 'next',
    cta: { text: 'Start a trial', url: 'https://lumenstack.example/trial?company={{company}}' },
  });
  await call('PUT', `${api}/tokens`, { tokens: { company: 'your team' } });
  await call('POST', `${api}/publish`);
  return {
    id,
    /** The standalone export, as the builder downloads it. */
    exportZip: async () => {
      const response = await context.get(`${api}/export.zip`, { headers });
      expect(response.status()).toBe(200);
      return response.body();
    },
    dispose: () => context.dispose(),
  };
}
