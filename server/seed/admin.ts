import { generatePassword } from '../crypto.ts';
import type { Database } from '../db/connect.ts';
import { countUsers } from '../modules/users/users.repository.ts';
import { createUser } from '../modules/users/users.service.ts';

export const DEFAULT_ADMIN_EMAIL = 'admin@showcase.local';

/**
 * On a workspace with no accounts, creates the first admin from the configured credentials or
 * with a generated password, which the caller prints once.
 */
export async function ensureFirstAdmin(
  db: Database['db'],
  options: { email?: string; password?: string },
): Promise<{ email: string; password?: string; generated: boolean } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const email = options.email ?? DEFAULT_ADMIN_EMAIL;
  const password = options.password ?? generatePassword();
  await createUser({ db, input: { email, name: 'Admin', role: 'admin', password } });
  return { email, password: options.password ? undefined : password, generated: !options.password };
}
