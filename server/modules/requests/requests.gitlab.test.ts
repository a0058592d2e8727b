import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';
import { labelEffects, parseRequestTemplate } from './requests.gitlab.ts';

const TOKEN = 'gitlab-secret-token-for-tests';
let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ env: { SHOWCASE_GITLAB_WEBHOOK_TOKEN: TOKEN } });
});
afterAll(() => t.close());

const description = `<!-- Content request template -->
### Business goal / opportunity
Win three platform deals in EMEA this quarter.

### Target audience
Platform teams at large banks

### Audience size
~250 people

### Intended personas
- Platform Engineer
- Chief Wizard

### Content type(s)
- Webinar

### Deliverable type
Tech Webinars

### Distribution plan
Field email, LinkedIn, partner newsletter

### Due date
2026-12-18

### Requesting team
Field Marketing

### Anything else
Our partner can co-present.`;

/** An "issue opened" webhook in GitLab's documented format (fields Showcase ignores included). */
function issueHook(overrides: { url?: string; labels?: string[]; action?: string; username?: string } = {}) {
  return {
    object_kind: 'issue',
    event_type: 'issue',
    user: {
      id: 1,
      name: 'Ada Field',
      username: overrides.username ?? 'ada.field',
      avatar_url: 'https://gitlab.example/avatar.png',
    },
    project: {
      id: 15,
      name: 'content-requests',
      web_url: 'https://gitlab.example/marketing/content-requests',
    },
    object_attributes: {
      id: 301,
      iid: 23,
      title: 'Webinar: platform engineering for banks',
      description,
      state: 'opened',
      action: overrides.action ?? 'open',
      url: overrides.url ?? 'https://gitlab.example/marketing/content-requests/-/issues/23',
      created_at: '2026-11-20 10:00:00 UTC',
      due_date: null,
    },
    labels: (overrides.labels ?? ['DA-Status::Triage', 'priority::1']).map((title, id) => ({
      id,
      title,
      color: '#fff',
      project_id: 15,
    })),
    changes: {},
    repository: { name: 'content-requests' },
  };
}

function deliver(body: unknown, headers: Record<string, string>) {
  return t
    .anonymous()
    .request('POST', '/api/integrations/gitlab/issues', body, { 'x-gitlab-event': 'Issue Hook', ...headers });
}

describe('GitLab issue intake', () => {
  it('refuses a delivery without the right X-Gitlab-Token', async () => {
    expect((await deliver(issueHook(), {})).status).toBe(401);
    expect((await deliver(issueHook(), { 'x-gitlab-token': 'wrong-token-wrong-token' })).status).toBe(401);
  });

  it('files a request from the template, maps labels to state and priority, reports what it could not read', async () => {
    const response = await deliver(
      issueHook({ url: 'https://gitlab.example/marketing/content-requests/-/issues/23' }),
      {
        'x-gitlab-token': TOKEN,
        'x-gitlab-event-uuid': 'delivery-template',
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('created');
    expect(response.body.report.join('\n')).toMatch(/persona “Chief Wizard” unknown/);
    expect(response.body.report.join('\n')).toMatch(/not read: Anything else/);
    expect(response.body.report.join('\n')).toMatch(/no Showcase account/);
    const admin = await t.as('admin');
    const request = (await admin.get(`/api/requests/${response.body.requestId}`)).body;
    expect(request).toMatchObject({
      title: 'Webinar: platform engineering for banks',
      state: 'triage',
      priority: 1,
      deliverableType: { name: 'Tech Webinars' },
      team: { name: 'Field Marketing' },
      businessGoal: 'Win three platform deals in EMEA this quarter.',
      audienceSize: 250,
      dueDate: '2026-12-18',
      distributionPlan: 'Field email, LinkedIn, partner newsletter',
    });
    expect(request.description).toContain('Our partner can co-present.');
  });

  it('ignores a repeated delivery and a second delivery of the same issue', async () => {
    const url = 'https://gitlab.example/marketing/content-requests/-/issues/24';
    const admin = await t.as('admin');
    const count = async () => (await admin.get('/api/requests')).body.requests.length as number;
    const before = await count();
    const first = await deliver(issueHook({ url }), {
      'x-gitlab-token': TOKEN,
      'x-gitlab-event-uuid': 'delivery-repeat-1',
    });
    expect(first.body.status).toBe('created');
    const again = await deliver(issueHook({ url }), {
      'x-gitlab-token': TOKEN,
      'x-gitlab-event-uuid': 'delivery-repeat-1',
    });
    expect(again.body.status).toBe('duplicate');
    const sameIssue = await deliver(issueHook({ url }), {
      'x-gitlab-token': TOKEN,
      'x-gitlab-event-uuid': 'delivery-repeat-2',
    });
    expect(sameIssue.body).toMatchObject({ status: 'duplicate', requestId: first.body.requestId });
    expect(await count()).toBe(before + 1);
  });

  it('files once when GitLab sends the same issue twice at the same moment, answering both with success', async () => {
    const url = 'https://gitlab.example/marketing/content-requests/-/issues/77';
    const answers = await Promise.all(
      ['delivery-race-1', 'delivery-race-2', 'delivery-race-1'].map((uuid) =>
        deliver(issueHook({ url }), { 'x-gitlab-token': TOKEN, 'x-gitlab-event-uuid': uuid }),
      ),
    );
    expect(answers.map((answer) => [answer.status, answer.body.status ?? answer.body.error?.code])).toEqual(
      expect.arrayContaining([[200, 'created']]),
    );
    expect(answers.map((answer) => answer.status).every((status) => status < 300)).toBe(true);
    expect(answers.map((answer) => answer.body.status).sort()).toEqual(['created', 'duplicate', 'duplicate']);
    const ids = new Set(answers.map((answer) => answer.body.requestId).filter(Boolean));
    expect(ids.size).toBe(1);
  });

  it('ignores other actions and refuses a payload that is not an issue hook', async () => {
    expect(
      (
        await deliver(issueHook({ action: 'update', url: 'https://gitlab.example/x/-/issues/99' }), {
          'x-gitlab-token': TOKEN,
        })
      ).body.status,
    ).toBe('ignored');
    const bad = await deliver({ object_kind: 'issue' }, { 'x-gitlab-token': TOKEN });
    expect(bad.status).toBe(422);
  });

  it('does not file as the Showcase user whose email handle or email matches the GitLab user', async () => {
    const admin = await t.as('admin', { email: 'admin@example.test' });
    const payload = issueHook({ url: 'https://gitlab.example/x/-/issues/40', username: 'admin', labels: [] });
    const response = await deliver(
      { ...payload, user: { ...payload.user, name: 'Mallory Outsider', email: 'admin@example.test' } },
      { 'x-gitlab-token': TOKEN },
    );
    expect(response.status).toBe(200);
    expect(response.body.report.join('\n')).toMatch(/@admin is linked to no Showcase account/);
    const request = (await admin.get(`/api/requests/${response.body.requestId}`)).body;
    expect(request.requester.id).not.toBe(admin.userId);
    expect(request.requester.name).toBe('GitLab intake');
    expect(request.gitlabAuthor).toEqual({ name: 'Mallory Outsider', username: 'admin' });
    expect(request.state).toBe('new_request');
  });
});

describe('GitLab users linked by an admin', () => {
  it('files as the linked account until the link is removed', async () => {
    const admin = await t.as('admin');
    const person = await t.as('requester', { email: 'noor.product@example.test' });
    const linked = await admin.post('/api/settings/gitlab-users', {
      username: '@Noor.GL',
      userId: person.userId,
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ username: 'noor.gl', user: { id: person.userId, active: true } });
    const list = (await admin.get('/api/settings/gitlab-users')).body.links;
    expect(list.map((link: { username: string }) => link.username)).toContain('noor.gl');

    const first = await deliver(
      issueHook({
        url: 'https://gitlab.example/x/-/issues/41',
        username: 'Noor.GL',
        labels: ['priority::2'],
      }),
      { 'x-gitlab-token': TOKEN },
    );
    expect(first.body.report.join('\n')).not.toMatch(/linked to no Showcase account/);
    const filed = (await person.get(`/api/requests/${first.body.requestId}`)).body;
    expect(filed.requester.id).toBe(person.userId);
    expect(filed.priority).toBe(2);
    expect(filed.gitlabAuthor).toEqual({ name: 'Ada Field', username: 'Noor.GL' });

    expect((await admin.delete('/api/settings/gitlab-users/noor.gl')).status).toBe(200);
    expect((await admin.delete('/api/settings/gitlab-users/noor.gl')).status).toBe(404);
    const second = await deliver(
      issueHook({ url: 'https://gitlab.example/x/-/issues/42', username: 'noor.gl', labels: [] }),
      { 'x-gitlab-token': TOKEN },
    );
    const unlinked = (await admin.get(`/api/requests/${second.body.requestId}`)).body;
    expect(unlinked.requester.name).toBe('GitLab intake');
  });

  it('files as GitLab intake when the linked account can no longer file requests', async () => {
    const admin = await t.as('admin');
    const person = await t.as('requester');
    expect(
      (await admin.post('/api/settings/gitlab-users', { username: 'leaver', userId: person.userId })).status,
    ).toBe(201);
    expect((await admin.patch(`/api/users/${person.userId}`, { active: false })).status).toBe(200);
    const response = await deliver(
      issueHook({ url: 'https://gitlab.example/x/-/issues/43', username: 'leaver', labels: [] }),
      { 'x-gitlab-token': TOKEN },
    );
    expect(response.body.report.join('\n')).toMatch(/cannot file requests now; filed as “GitLab intake”/);
    const request = (await admin.get(`/api/requests/${response.body.requestId}`)).body;
    expect(request.requester.name).toBe('GitLab intake');
  });

  it('refuses a link to a viewer, a second link of a username and a name that is not a username', async () => {
    const admin = await t.as('admin');
    const viewer = await t.as('viewer');
    const requester = await t.as('requester');
    const toViewer = await admin.post('/api/settings/gitlab-users', {
      username: 'watcher',
      userId: viewer.userId,
    });
    expect(toViewer.status).toBe(422);
    expect(toViewer.body.error.fields).toHaveProperty('userId');
    expect(
      (await admin.post('/api/settings/gitlab-users', { username: 'twice', userId: requester.userId }))
        .status,
    ).toBe(201);
    const again = await admin.post('/api/settings/gitlab-users', { username: 'TWICE', userId: admin.userId });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty('username');
    const bad = await admin.post('/api/settings/gitlab-users', {
      username: 'not a name',
      userId: admin.userId,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('username');
    const nobody = await admin.post('/api/settings/gitlab-users', {
      username: 'ghost',
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.fields).toHaveProperty('userId');
  });
});

describe('GitLab intake with hostile payloads', () => {
  /** The template with one section's text replaced. */
  const withSection = (heading: string, value: string) =>
    description.replace(new RegExp(`(### ${heading}\\n)[^\\n]*`), `$1${value}`);
  let n = 1000;
  const hook = (attributes: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
    const base = issueHook({ url: `https://gitlab.example/x/-/issues/${n++}`, labels: [] });
    return { ...base, ...extra, object_attributes: { ...base.object_attributes, ...attributes } };
  };
  const hostile: [string, () => unknown][] = [
    ['an empty title', () => hook({ title: '' })],
    ['a title of spaces', () => hook({ title: '   ' })],
    ['a huge audience size', () => hook({ description: withSection('Audience size', '99999999999999') })],
    [
      'an audience size past a number',
      () => hook({ description: withSection('Audience size', '9'.repeat(400)) }),
    ],
    ['a 31 February due date', () => hook({ description: withSection('Due date', '2026-02-31') })],
    ['a due date of nines', () => hook({ description: withSection('Due date', '9999-99-99') })],
    ['a past due date', () => hook({ description: withSection('Due date', '2001-01-01') })],
    ['an impossible GitLab due date', () => hook({ description: 'no template', due_date: '2026-13-45' })],
    ['a GitLab due date that is not a date', () => hook({ description: 'no template', due_date: 'soon' })],
    ['a NUL in the title', () => hook({ title: 'Webinar\u0000' })],
    ['a NUL in the description', () => hook({ description: `${description}\u0000` })],
    [
      'a NUL in a section',
      () => hook({ description: withSection('Business goal / opportunity', 'Win\u0000') }),
    ],
    ['a lone surrogate in the description', () => hook({ description: 'half \ud800 a pair' })],
    ['a NUL in the author name', () => hook({}, { user: { name: 'Ada\u0000', username: 'ada' } })],
    ['a NUL in a label', () => hook({}, { labels: [{ title: 'priority::1\u0000' }] })],
    ['a NUL in the issue URL', () => hook({ url: 'https://gitlab.example/\u0000' })],
    ['a URL that is not http', () => hook({ url: 'javascript:alert(1)' })],
    ['a very long URL', () => hook({ url: `https://gitlab.example/${randomBytes(5_000).toString('hex')}` })],
    [
      'a URL as long as is kept',
      () => hook({ url: `https://gitlab.example/${randomBytes(988).toString('hex')}` }),
    ],
    ['a very long title', () => hook({ title: 'T'.repeat(5_000) })],
    [
      'a very long section',
      () => hook({ description: withSection('Distribution plan', 'd'.repeat(30_000)) }),
    ],
    [
      'a very long event name',
      () => hook({ description: `${description}\n### Event\n${'e'.repeat(2_000)}` }),
    ],
    ['a title that is a number', () => hook({ title: 42 })],
    ['labels that are not a list', () => hook({}, { labels: 'priority::1' })],
    ['a user that is a string', () => hook({}, { user: 'admin' })],
    ['no object attributes', () => ({ object_kind: 'issue' })],
    ['an array', () => [hook()]],
    ['null', () => null],
    ['a string', () => 'issue'],
  ];

  it.each(hostile)('answers %s without a 500', async (_name, payload) => {
    const response = await deliver(payload(), { 'x-gitlab-token': TOKEN });
    expect(response.status, JSON.stringify(response.body)).not.toBe(500);
    expect([200, 400, 422]).toContain(response.status);
    if (response.status === 422)
      expect(Object.keys(response.body.error.fields ?? {}).length).toBeGreaterThan(0);
  });

  it('answers any text in any section, title or label without a 500', async () => {
    const sections = [
      'Audience size',
      'Due date',
      'Requesting team',
      'Intended personas',
      'Deliverable type',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sections),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        async (section, value, title, label) => {
          const payload = hook(
            { title, description: withSection(section, value) },
            { labels: [{ title: label }] },
          );
          const response = await deliver(payload, { 'x-gitlab-token': TOKEN });
          expect(response.status, JSON.stringify(response.body)).not.toBe(500);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses an empty title naming it', async () => {
    const response = await deliver(hook({ title: ' ' }), { 'x-gitlab-token': TOKEN });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty(['object_attributes.title']);
  });

  it('refuses a NUL in the text naming the field', async () => {
    const response = await deliver(hook({ description: 'goal\u0000' }), { 'x-gitlab-token': TOKEN });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty(['object_attributes.description']);
  });

  it('files the request and reports an audience size or due date it cannot keep', async () => {
    const admin = await t.as('admin');
    const cases: [string, string, RegExp, 'audienceSize' | 'dueDate'][] = [
      ['Audience size', '99999999999999', /audience size “99999999999999”/i, 'audienceSize'],
      ['Due date', '2026-02-31', /due date “2026-02-31”/i, 'dueDate'],
      ['Due date', '9999-99-99', /due date “9999-99-99”/i, 'dueDate'],
    ];
    for (const [heading, value, note, field] of cases) {
      const response = await deliver(hook({ description: withSection(heading, value) }), {
        'x-gitlab-token': TOKEN,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.report.join('\n')).toMatch(note);
      const request = (await admin.get(`/api/requests/${response.body.requestId}`)).body;
      expect(request[field]).toBeNull();
      expect(request.businessGoal).toBe('Win three platform deals in EMEA this quarter.');
    }
  });

  it('takes GitLab’s due date when the section holds none, and reports a section that is not a date', async () => {
    const admin = await t.as('admin');
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const response = await deliver(
      hook({ description: withSection('Due date', 'ASAP please'), due_date: inAMonth }),
      { 'x-gitlab-token': TOKEN },
    );
    expect(response.status).toBe(200);
    expect((await admin.get(`/api/requests/${response.body.requestId}`)).body.dueDate).toBe(inAMonth);
    const none = await deliver(hook({ description: withSection('Due date', 'ASAP please') }), {
      'x-gitlab-token': TOKEN,
    });
    expect(none.body.report.join('\n')).toMatch(/due date “ASAP please” is not a date/);
  });

  it('refuses a delivery id too long to keep, naming the header', async () => {
    const response = await deliver(hook(), {
      'x-gitlab-token': TOKEN,
      'x-gitlab-event-uuid': 'u'.repeat(5_000),
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty(['X-Gitlab-Event-UUID']);
  });
});

describe('template and label parsing', () => {
  it('reads headings case-insensitively and keeps unknown sections', () => {
    const { fields, unparsed } = parseRequestTemplate(
      '## **Business Goal**\nGrow\n## Random\nx\n### Due date:\n2027-01-05',
    );
    expect(fields).toEqual({ businessGoal: 'Grow', dueDate: '2027-01-05' });
    expect(unparsed).toEqual(['Random']);
  });

  it('maps DA-Status and sm_req labels and priorities, and reports the rest', () => {
    expect(labelEffects(['sm_req::backlog', 'priority::2'])).toEqual({
      state: 'backlog',
      priority: 2,
      notes: [],
    });
    expect(labelEffects(['DA-Status::In Progress']).notes[0]).toContain('needs a person or asset');
    expect(labelEffects(['bug', 'DA-Status::New'])).toEqual({ notes: [] });
  });
});
