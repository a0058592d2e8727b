/** The four account roles, most powerful first. */
export const roles = ['admin', 'tmm', 'requester', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  tmm: 'Technical marketing manager',
  requester: 'Requester',
  viewer: 'Viewer',
};

export const roleDescriptions: Record<Role, string> = {
  admin: 'Manages users, roles, taxonomy and integrations; can do everything a TMM can.',
  tmm: 'Triages requests, plans, builds and publishes content, keeps demos current.',
  requester: 'Asks for content, follows its progress, finds and shares what exists.',
  viewer: 'Browses and searches the library and shares external content.',
};

/**
 * What each role may do. Every API route names one of these (or is public), and the web app
 * hides what the signed-in role cannot use. What a caller may do with one record (their own
 * request, an asset they own, a link they made) is its policy in policies.ts, which the services
 * check and the records carry as `allowedActions`. The test suite keeps its own independent table.
 */
export const permissions = {
  /** Read the workspace taxonomy, teams and team members (needed by every form). */
  'settings.read': ['admin', 'tmm', 'requester', 'viewer'],
  /** Change the taxonomy, teams, team members and workspace settings. */
  'settings.manage': ['admin'],
  /** See the list of accounts (to assign and mention people). */
  'users.read': ['admin', 'tmm'],
  /** Read, search and export the audit log. */
  'audit.read': ['admin'],
  /** Create accounts, change roles, deactivate. */
  'users.manage': ['admin'],
  /** Browse and search the library (each role sees the statuses it may: viewers only published). */
  'library.read': ['admin', 'tmm', 'requester', 'viewer'],
  /** Create, edit, publish, archive and restore assets; curate lists. */
  'library.edit': ['admin', 'tmm'],
  /**
   * Make, list and turn off tracked share links. Which assets: TMMs and admins any, anyone else
   * only the assets they own (checked per asset); a link is turned off by its maker, a TMM or an admin.
   */
  'library.share': ['admin', 'tmm', 'requester', 'viewer'],
  /** Import assets from CSV and GitLab files. */
  'library.import': ['admin', 'tmm'],
  /** See requests (requesters see their own and their team's). */
  'requests.read': ['admin', 'tmm', 'requester'],
  /** File a request, cancel one's own, add results. */
  'requests.create': ['admin', 'tmm', 'requester'],
  /** Triage, prioritise, assign and move requests; override budgets. */
  'requests.triage': ['admin', 'tmm'],
  /** See the product catalogue, releases, demos and their freshness flags. */
  'demos.read': ['admin', 'tmm', 'requester'],
  /** Edit the catalogue and demos, import releases, dismiss flags, re-verify demos. */
  'demos.edit': ['admin', 'tmm'],
  /** Turn a freshness flag into a demo-update request (anyone may ask for an update). */
  'demos.request': ['admin', 'tmm', 'requester'],
  /** See the workspace's engagement insights (each role over the assets it may see). */
  'insights.read': ['admin', 'tmm', 'requester'],
  /** Set the quarter's objectives and key results, and enter numbers of manual key results. */
  'okrs.manage': ['admin', 'tmm'],
  /** See the content plan: entries, the roadmap and the calendar (and subscribe to its iCal feeds). */
  'plan.read': ['admin', 'tmm', 'requester'],
  /** Plan content: add, move and edit plan entries and calendar events; import a plan spreadsheet. */
  'plan.edit': ['admin', 'tmm'],
  /** See background jobs, their runs and failures; run one now or retry a failure. */
  'jobs.manage': ['admin'],
  /** See and clear one's own notifications. */
  'notifications.read': ['admin', 'tmm', 'requester', 'viewer'],
  /** Manage one's own password and API tokens. */
  'account.manage': ['admin', 'tmm', 'requester', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (permissions[permission] as readonly Role[]).includes(role);
}
