import type { User } from '../../../shared/schemas/users.ts';
import type { UserRow } from '../../db/schema.ts';

/** What leaves the server about an account: never the password hash. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    teamId: row.team_id,
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}
