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

  it('files as the matching Showcase user when the GitLab username matches an email handle', async () => {
    const person = await t.as('requester', { email: 'noor.product@example.test' });
    const response = await deliver(
      issueHook({ url: 'https://gitlab.example/x/-/issues/40', username: 'noor.product', labels: [] }),
      { 'x-gitlab-token': TOKEN },
    );
    const request = (await person.get(`/api/requests/${response.body.requestId}`)).body;
    expect(request.requester.id).toBe(person.userId);
    expect(request.state).toBe('new_request');
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
