import Papa from 'papaparse';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import type { AuditLogRow } from '../../db/schema.ts';

/** Each action in words, as the audit page and the exports show it. */
const actionWords: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.sign_out': 'Signed out',
  'auth.sso_sign_in': 'Signed in with single sign-on',
  'auth.sso_refused': 'Single sign-on refused',
  'auth.sso_mapping': 'Groups from the identity provider read',
  'auth.password_changed': 'Changed their password',
  'token.created': 'Created an API token',
  'token.revoked': 'Revoked an API token',
  'token.used': 'Used an API token',
  'user.created': 'Created an account',
  'user.updated': 'Changed an account',
  'user.password_set': 'Set an account’s password',
  'settings.updated': 'Changed the workspace settings',
  'term.created': 'Added a taxonomy term',
  'term.updated': 'Changed a taxonomy term',
  'term.deleted': 'Deleted a taxonomy term',
  'team.created': 'Added a requesting team',
  'team.updated': 'Changed a requesting team',
  'team.deleted': 'Deleted a requesting team',
  'webhook.created': 'Added a webhook',
  'webhook.updated': 'Changed a webhook',
  'webhook.deleted': 'Deleted a webhook',
  'share_link.created': 'Created a share link',
  'share_link.revoked': 'Revoked a share link',
  'asset.created': 'Created an asset',
  'asset.updated': 'Changed an asset',
  'list.deleted': 'Deleted a list',
  'click_through.published': 'Published a click-through demo version',
  'asset.visibility_changed': 'Changed who may see an asset',
  'asset.status_changed': 'Changed an asset’s status',
  'library.imported': 'Imported into the library',
  'library.exported': 'Exported the library',
  'audit.exported': 'Exported the audit log',
  'audit.purged': 'Removed entries past the retention',
  'asset.file_deleted': 'Deleted a file of an asset',
  'request.transitioned': 'Moved a request',
  'request.updated': 'Changed what a request asks for',
  'plan.imported': 'Imported a plan spreadsheet',
  'plan.entry_deleted': 'Deleted a plan entry',
  'plan.event_deleted': 'Deleted a calendar event',
  'okr.objective_deleted': 'Deleted an objective',
  'okr.key_result_deleted': 'Deleted a key result',
  'distribution.short_link_deleted': 'Deleted a short link',
  'distribution.channel_deleted': 'Deleted a distribution channel',
  'distribution.utm_template_deleted': 'Deleted a UTM template',
  'settings.team_member_deleted': 'Removed a team member',
  'demos.catalogue_deleted': 'Deleted a catalogue item',
  'demos.catalogue_imported': 'Imported the product catalogue',
  'demos.release_imported': 'Imported a release',
  'demos.release_replaced': 'Imported a release again, replacing it',
  'demos.flag_dismissed': 'Dismissed a freshness flag',
  'job.run_now': 'Ran a background job now',
  'job.retried': 'Retried a failed background job',
};

export function describeAction(action: string): string {
  return actionWords[action] ?? action.replace(/[._]/g, ' ');
}

export function presentAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor: { id: row.actor_id, label: row.actor_label, via: row.via },
    action: row.action,
    description: describeAction(row.action),
    target:
      row.target_type && row.target_id
        ? { type: row.target_type, id: row.target_id, label: row.target_label }
        : null,
    changes: row.changes,
    details: row.details,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    hash: row.hash,
  };
}

export const auditCsvHeader = [
  'id',
  'at',
  'actor',
  'via',
  'action',
  'description',
  'target_type',
  'target_id',
  'target',
  'changes',
  'details',
  'ip',
  'user_agent',
  'request_id',
  'prev_hash',
  'hash',
];

/** One CSV line of an entry (cells that a spreadsheet would run as a formula are quoted off). */
export function auditCsvLine(row: AuditLogRow): string {
  return Papa.unparse(
    [
      [
        String(row.id),
        row.at.toISOString(),
        row.actor_label,
        row.via,
        row.action,
        describeAction(row.action),
        row.target_type ?? '',
        row.target_id ?? '',
        row.target_label ?? '',
        JSON.stringify(row.changes),
        JSON.stringify(row.details),
        row.ip ?? '',
        row.user_agent ?? '',
        row.request_id ?? '',
        row.prev_hash,
        row.hash,
      ],
    ],
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** One NDJSON line: the entry as the API shows it, plus the chain's prev_hash. */
export function auditNdjsonLine(row: AuditLogRow): string {
  return JSON.stringify({ ...presentAuditEntry(row), prevHash: row.prev_hash });
}
