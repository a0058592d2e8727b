import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Database } from '../server/db/connect.ts';
import type { Principal } from '../server/http/context.ts';
import { saveDemo } from '../server/modules/demos/demos.service.ts';
import { createList, saveAsset } from '../server/modules/library/library.service.ts';
import { createRequest } from '../server/modules/requests/requests.service.ts';
import { createTeam, getTerms, getWorkspace } from '../server/modules/settings/settings.service.ts';
import { createUser, updateUser } from '../server/modules/users/users.service.ts';
import type { Role } from '../shared/roles.ts';
import { saveDemoSchema } from '../shared/schemas/demos.ts';
import type { CreateAssetInput } from '../shared/schemas/library.ts';
import type { CreateRequestInput } from '../shared/schemas/requests.ts';
import type { TermKind } from '../shared/schemas/settings.ts';

type Db = Database['db'];

export const TEST_PASSWORD = 'correct horse battery';

const unique = () => randomBytes(4).toString('hex');

/** An account through the same service the API uses; every field can be overridden. */
export async function createTestUser(
  db: Db,
  overrides: { role?: Role; email?: string; name?: string; password?: string } = {},
) {
  const suffix = unique();
  const { user } = await createUser({
    db,
    input: {
      email: overrides.email ?? `user-${suffix}@example.test`,
      name: overrides.name ?? `Test User ${suffix}`,
      role: overrides.role ?? 'viewer',
      password: overrides.password ?? TEST_PASSWORD,
    },
  });
  return user;
}

/** Who a factory acts as: a new account of `role` unless one is given. */
async function principalFor(db: Db, role: Role, given?: Principal): Promise<Principal> {
  if (given) return given;
  const user = await createTestUser(db, { role });
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: 'token' };
}

/** The id of a default taxonomy term by kind and name (the first of its kind without a name). */
export async function testTermId(db: Db, kind: TermKind, name?: string): Promise<string> {
  const terms = await getTerms({ db, kind });
  const term = name ? terms.find(({ row }) => row.name === name) : terms[0];
  if (!term) throw new Error(`No ${kind} term${name ? ` named ${name}` : ''}`);
  return term.row.id;
}

/**
 * An asset through `saveAsset`, the library's one write path: a draft with a unique title and a
 * summary unless overridden. A published asset without `listIds` is put in a new list of its own.
 */
export async function createTestAsset(
  db: Db,
  overrides: Partial<CreateAssetInput> & { actor?: Principal; today?: string } = {},
) {
  const { actor: givenActor, today, ...input } = overrides;
  const actor = await principalFor(db, 'tmm', givenActor);
  const suffix = unique();
  let listIds = input.listIds;
  if (input.status === 'published' && !listIds?.length) {
    const list = await createList({ db, name: `Test list ${suffix}`, ownerId: actor.userId });
    listIds = [list.id];
  }
  const { settings } = await getWorkspace({ db });
  const { row } = await saveAsset({
    db,
    input: { title: `Test asset ${suffix}`, summary: 'A summary.', ...input, listIds },
    actorId: actor.userId,
    today: today ?? new Date().toISOString().slice(0, 10),
    expiryDays: settings.assetExpiryDays,
  });
  return row;
}

/**
 * A request through `createRequest`, as the API files it: by a new requester for a new team with
 * room in its budget, for the first deliverable type, unless overridden.
 */
export async function createTestRequest(
  db: Db,
  overrides: Partial<CreateRequestInput> & { requester?: Principal; now?: Date } = {},
) {
  const { requester: givenRequester, now, ...input } = overrides;
  const requester = await principalFor(db, 'requester', givenRequester);
  const suffix = unique();
  const teamId =
    input.teamId ?? (await createTeam({ db, input: { name: `Team ${suffix}`, quarterlyBudget: 100 } })).id;
  // Requesters file for their own team only: the requester joins the team it files for.
  if (requester.role === 'requester')
    await updateUser({ db, id: requester.userId, input: { teamId }, now: now ?? new Date() });
  return createRequest({
    db,
    input: {
      title: `Test request ${suffix}`,
      businessGoal: 'A business goal.',
      deliverableTypeId: input.deliverableTypeId ?? (await testTermId(db, 'deliverable_type')),
      ...input,
      teamId,
    },
    principal: requester,
    now: now ?? new Date(),
  });
}

/**
 * A demo: a published asset in the "Demo video" format (override with `asset`) and its demo
 * record through `saveDemo`, for the first persona on version 15.1 with no trail unless overridden.
 * Returns the asset row; the demo's id is the asset's.
 */
export async function createTestDemo(
  db: Db,
  overrides: Partial<z.input<typeof saveDemoSchema>> & {
    asset?: Partial<CreateAssetInput>;
    actor?: Principal;
    now?: Date;
  } = {},
) {
  const { asset: assetOverrides, actor: givenActor, now, ...input } = overrides;
  const actor = await principalFor(db, 'tmm', givenActor);
  const asset = await createTestAsset(db, {
    formatId: await testTermId(db, 'format', 'Demo video'),
    keyTakeaway: 'One thing to remember.',
    status: 'published',
    ...assetOverrides,
    actor,
    today: (now ?? new Date()).toISOString().slice(0, 10),
  });
  await saveDemo({
    db,
    id: asset.id,
    // Parsed like the API parses it: steps get their defaults, bad input fails here, named.
    input: saveDemoSchema.parse({
      personaId: input.personaId ?? (await testTermId(db, 'persona')),
      productVersion: '15.1',
      environment: 'demo.example.test',
      ...input,
    }),
    principal: actor,
    now: now ?? new Date(),
  });
  return asset;
}
