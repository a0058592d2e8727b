import type { Role } from '../../../shared/roles.ts';
import type { CreateUserInput, UpdateUserInput } from '../../../shared/schemas/users.ts';
import { generatePassword, hashPassword } from '../../crypto.ts';
import type { Database } from '../../db/connect.ts';
import type { UserRow } from '../../db/schema.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import { changedFields, recordAudit } from '../audit/audit.service.ts';
import { revokeCredentials } from '../auth/auth.service.ts';
import { findTeam } from '../settings/settings.service.ts';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  listAllUserRows,
  listUserNames,
  listUsers,
  lockActiveAdmins,
  updateUserRow,
} from './users.repository.ts';

type Db = Database['db'];

export async function createUser(options: { db: Db; input: CreateUserInput }): Promise<{
  user: UserRow;
  temporaryPassword?: string;
}> {
  const { db } = options;
  const input = { ...options.input, email: options.input.email.trim().toLowerCase() };
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('conflict', 'An account with this email already exists', {
      fields: { email: 'is already in use' },
    });
  }
  const temporaryPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (temporaryPassword as string));
  const user = await db.transaction().execute(async (trx) => {
    const inserted = await insertUser(trx, {
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
    });
    await recordAudit(trx, {
      action: 'user.created',
      target: { type: 'user', id: inserted.id, label: inserted.email },
      changes: changedFields(null, inserted, ['email', 'name', 'role']),
    });
    return inserted;
  });
  return { user, temporaryPassword };
}

export function getUsers(options: { db: Db }): Promise<UserRow[]> {
  return listUsers(options.db);
}

/** Every account, active or not, in no particular order (for lookups by email or handle). */
export function getAllUsers(options: { db: Db }): Promise<UserRow[]> {
  return listAllUserRows(options.db);
}

export function findUser(options: { db: Db; id: string }): Promise<UserRow | undefined> {
  return findUserById(options.db, options.id);
}

/** The account with this email, whatever its case. */
export function findUserWithEmail(options: { db: Db; email: string }): Promise<UserRow | undefined> {
  return findUserByEmail(options.db, options.email);
}

/** Names by id of those of these users that exist. */
export async function getUserNames(options: { db: Db; ids: string[] }): Promise<Map<string, string>> {
  const rows = await listUserNames(options.db, options.ids);
  return new Map(rows.map((user) => [user.id, user.name]));
}

/** An account for an integration to act as: a requester that cannot sign in (no password). */
export function createIntegrationUser(options: { db: Db; email: string; name: string }): Promise<UserRow> {
  return insertUser(options.db, {
    email: options.email,
    name: options.name,
    role: 'requester',
    password_hash: null,
  });
}

/**
 * An account made at a person's first single sign-on (just-in-time): it has no password, so it
 * signs in only through the provider.
 */
export async function createSsoUser(options: {
  db: Db;
  email: string;
  name: string;
  role: Role;
}): Promise<UserRow> {
  if (await findUserByEmail(options.db, options.email))
    throw new AppError('conflict', 'An account with this email already exists');
  const user = await insertUser(options.db, {
    email: options.email.trim().toLowerCase(),
    name: options.name,
    role: options.role,
    password_hash: null,
  });
  await recordAudit(options.db, {
    action: 'user.created',
    target: { type: 'user', id: user.id, label: user.email },
    changes: changedFields(null, user, ['email', 'name', 'role']),
    details: { by: 'single sign-on (just-in-time)' },
  });
  return user;
}

/** The signed-in person changes their own display name. */
export async function updateOwnProfile(options: { db: Db; userId: string; name: string }): Promise<UserRow> {
  return options.db.transaction().execute(async (db) => {
    if ((await bumpVersion(db, 'users', options.userId, undefined)) === undefined)
      throw new AppError('not_found', 'User not found');
    const user = await updateUserRow(db, options.userId, { name: options.name });
    if (!user) throw new AppError('not_found', 'User not found');
    return user;
  });
}

/**
 * Role changes and deactivation; the last active admin can be neither demoted nor deactivated.
 * Deactivation ends the account's sessions and revokes its API tokens, so a later reactivation
 * does not bring back credentials issued before it.
 */
export async function updateUser(options: {
  db: Db;
  id: string;
  input: UpdateUserInput;
  now: Date;
  /** The version the edit started from (If-Match); a newer one makes it a version_conflict. */
  expected?: ExpectedVersion;
}): Promise<UserRow> {
  const { input } = options;
  // Single sign-on changes a role inside its own transaction (the role its groups give).
  const inTransaction = <T>(work: (db: Db) => Promise<T>) =>
    options.db.isTransaction ? work(options.db) : options.db.transaction().execute(work);
  return inTransaction(async (db) => {
    const demotes = input.active === false || (input.role !== undefined && input.role !== 'admin');
    // Lock the admins before reading the account, so two admins demoting each other at once are
    // decided one after the other and the second sees the first's change.
    const admins = demotes ? await lockActiveAdmins(db) : [];
    if ((await bumpVersion(db, 'users', options.id, options.expected)) === undefined)
      throw new AppError('not_found', 'User not found');
    const existing = await findUserById(db, options.id);
    if (!existing) throw new AppError('not_found', 'User not found');
    const losesAdmin = existing.role === 'admin' && existing.active && demotes;
    if (losesAdmin && admins.filter((id) => id !== existing.id).length === 0) {
      throw new AppError('last_admin', 'The workspace needs at least one active admin');
    }
    if (input.teamId) {
      const team = await findTeam({ db, id: input.teamId });
      if (!team)
        throw new AppError('validation_failed', 'Team not found', {
          fields: { teamId: 'must be a requesting team id' },
        });
    }
    const updated = await updateUserRow(db, options.id, {
      team_id: input.teamId,
      name: input.name,
      role: input.role,
      active: input.active,
    });
    if (!updated) throw new AppError('not_found', 'User not found');
    if (input.active === false) await revokeCredentials({ db, userId: options.id, now: options.now });
    const changes = changedFields(existing, updated, ['name', 'role', 'active', 'team_id']);
    if (Object.keys(changes).length > 0)
      await recordAudit(
        db,
        { action: 'user.updated', target: { type: 'user', id: updated.id, label: updated.email }, changes },
        options.now,
      );
    return updated;
  });
}

export async function setUserPassword(options: {
  db: Db;
  email: string;
  password: string;
}): Promise<UserRow> {
  const user = await findUserByEmail(options.db, options.email);
  if (!user) throw new AppError('not_found', `No user with email ${options.email}`);
  const hash = await hashPassword(options.password);
  return options.db.transaction().execute(async (db) => {
    const updated = await updateUserRow(db, user.id, { password_hash: hash });
    await revokeCredentials({ db, userId: user.id, now: new Date() });
    await recordAudit(db, {
      action: 'user.password_set',
      target: { type: 'user', id: user.id, label: user.email },
    });
    return updated as UserRow;
  });
}
