import { randomBytes } from 'node:crypto';
import type { Database } from '../server/db/connect.ts';
import { createUser } from '../server/modules/users/users.service.ts';
import type { Role } from '../shared/roles.ts';

export const TEST_PASSWORD = 'correct horse battery';

/** An account through the same service the API uses; every field can be overridden. */
export async function createTestUser(
  db: Database['db'],
  overrides: { role?: Role; email?: string; name?: string; password?: string } = {},
) {
  const suffix = randomBytes(4).toString('hex');
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
