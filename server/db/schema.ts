import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Kysely's view of the tables the migrations create. Keep in step with server/db/migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export interface WorkspaceTable {
  id: Generated<number>;
  name: string;
  settings: ColumnType<Record<string, unknown>, string, string>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'admin' | 'tmm' | 'requester' | 'viewer';
  password_hash: string | null;
  active: Generated<boolean>;
  last_sign_in_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  user_agent: string | null;
  ip: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface TermsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  description: Generated<string>;
  parent_id: string | null;
  position: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DeliverableTypeFormatsTable {
  deliverable_type_id: string;
  format_id: string;
}

export interface TeamsTable {
  id: Generated<string>;
  name: string;
  quarterly_budget: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TeamMembersTable {
  id: Generated<string>;
  user_id: string;
  title: Generated<string>;
  quarterly_capacity: Generated<number>;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TeamMemberAreasTable {
  team_member_id: string;
  term_id: string;
}

export interface DB {
  workspace: WorkspaceTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  api_tokens: ApiTokensTable;
  terms: TermsTable;
  deliverable_type_formats: DeliverableTypeFormatsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_member_areas: TeamMemberAreasTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TermRow = Selectable<TermsTable>;
export type TeamRow = Selectable<TeamsTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
