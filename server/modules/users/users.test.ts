import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('user administration', () => {
  it('creates an account with a generated temporary password shown once', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/users', {
      email: 'New.Person@Example.test',
      name: 'New Person',
      role: 'requester',
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'new.person@example.test',
      role: 'requester',
      active: true,
    });
    expect(created.body.temporaryPassword).toHaveLength(20);
    expect(
      (await t.anonymous().signIn('new.person@example.test', created.body.temporaryPassword)).status,
    ).toBe(200);
    const duplicate = await admin.post('/api/users', {
      email: 'new.person@example.test',
      name: 'Again',
      role: 'viewer',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields).toEqual({ email: 'is already in use' });
  });

  it('changes a role, which takes effect on the next request', async () => {
    const admin = await t.as('admin');
    const person = await t.as('viewer');
    expect((await person.get('/api/users')).status).toBe(403);
    const changed = await admin.patch(`/api/users/${person.userId}`, { role: 'tmm' });
    expect(changed.body.role).toBe('tmm');
    expect((await person.get('/api/users')).status).toBe(200);
  });

  it('deactivates an account: its sessions and tokens stop, it cannot sign in, and reactivation restores sign-in', async () => {
    const admin = await t.as('admin');
    const person = await t.as('requester');
    const token = await person.post('/api/account/tokens', { name: 'Script' });
    const script = t.anonymous();
    script.bearer = token.body.token;
    expect((await admin.patch(`/api/users/${person.userId}`, { active: false })).body.active).toBe(false);
    expect((await person.get('/api/auth/session')).status).toBe(401);
    expect((await script.get('/api/auth/session')).status).toBe(401);
    expect((await t.anonymous().signIn(person.email)).status).toBe(401);
    await admin.patch(`/api/users/${person.userId}`, { active: true });
    expect((await t.anonymous().signIn(person.email)).status).toBe(200);
    // Credentials issued before the deactivation stay dead after the reactivation.
    expect((await script.get('/api/auth/session')).status).toBe(401);
    expect((await person.get('/api/auth/session')).status).toBe(401);
  });

  it('keeps at least one active admin', async () => {
    const solo = await createTestContext();
    try {
      const admin = await solo.as('admin');
      const demote = await admin.patch(`/api/users/${admin.userId}`, { role: 'viewer' });
      expect(demote.status).toBe(409);
      expect(demote.body.error.code).toBe('last_admin');
      expect((await admin.patch(`/api/users/${admin.userId}`, { active: false })).status).toBe(409);
      const second = await solo.as('admin');
      expect((await second.patch(`/api/users/${admin.userId}`, { role: 'tmm' })).status).toBe(200);
    } finally {
      await solo.close();
    }
  });

  it('lets only one of two admins demoting or deactivating each other at once succeed', async () => {
    const solo = await createTestContext();
    try {
      let survivor: Awaited<ReturnType<typeof solo.as>> | undefined;
      // Each round: a pair who are the only two admins act on each other at once.
      for (const change of [{ role: 'tmm' }, { active: false }, { role: 'viewer' }]) {
        const [first, second] = [await solo.as('admin'), await solo.as('admin')];
        if (survivor)
          expect((await survivor.patch(`/api/users/${survivor.userId}`, { role: 'tmm' })).status).toBe(200);
        const outcomes = await bothAtOnce(solo, () =>
          Promise.all([
            first.patch(`/api/users/${second.userId}`, change),
            second.patch(`/api/users/${first.userId}`, change),
          ]),
        );
        expect(outcomes.map((r) => r.status).sort()).toEqual([200, 409]);
        const refused = outcomes.find((r) => r.status === 409);
        expect(refused?.body.error).toMatchObject({
          code: 'last_admin',
          message: 'The workspace needs at least one active admin',
        });
        survivor = outcomes[0]?.status === 200 ? first : second;
        const users = (await survivor.get('/api/users')).body.users;
        const admins = users.filter((u: { role: string; active: boolean }) => u.role === 'admin' && u.active);
        expect(admins.map((u: { id: string }) => u.id)).toEqual([survivor.userId]);
      }
    } finally {
      await solo.close();
    }
  });

  it('answers 404 for an unknown user and never returns password hashes', async () => {
    const admin = await t.as('admin');
    const missing = await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'Ghost' });
    expect(missing.status).toBe(404);
    const list = await admin.get('/api/users');
    expect(list.body.users.length).toBeGreaterThan(1);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password/i);
  });
});

/**
 * Runs two writes so that both are past sign-in and inside their transactions before either may
 * touch the admins' rows: a share lock on those rows holds both until each waits on it.
 */
async function bothAtOnce<T>(context: TestContext, writes: () => Promise<T>): Promise<T> {
  let outcome: Promise<T> | undefined;
  await context.db.transaction().execute(async (trx) => {
    await sql`SELECT id FROM users WHERE role = 'admin' FOR SHARE`.execute(trx);
    outcome = writes();
    for (let polls = 0; ; polls++) {
      const { rows } = await sql<{ waiting: number }>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(context.db);
      if ((rows[0]?.waiting ?? 0) >= 2) break;
      if (polls > 5_000) throw new Error('the two writes never both reached the admin rows');
    }
  });
  return outcome as Promise<T>;
}
