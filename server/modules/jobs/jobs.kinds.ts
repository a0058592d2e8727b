import { moveAttachmentsToStorage } from '../attachments/attachments.service.ts';
import { purgeAudit } from '../audit/audit.service.ts';
import { removeExpiredSignIns } from '../auth/auth.service.ts';
import { backupJob } from '../backup/backup.job.ts';
import { importJob } from '../imports/imports.job.ts';
import { archiveExpiredAssets, refreshSearchRanking } from '../library/library.service.ts';
import { removeEndedRateLimits } from '../limits/limits.service.ts';
import { runOverdueDigest } from '../requests/requests.service.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { dispatchDueDeliveries } from '../webhooks/webhooks.service.ts';
import { deleteFinishedJobs } from './jobs.repository.ts';
import type { JobKind } from './jobs.runner.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How long finished jobs and their runs stay visible: 14 days, one day for kinds run every few seconds. */
export const JOB_HISTORY_DAYS = 14;
const FREQUENT_HISTORY_DAYS = 1;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Every kind of background work Showcase does. Add a kind here and the runner and the jobs page know it. */
export const backgroundJobs: readonly JobKind[] = [
  {
    kind: 'expire-sessions',
    name: 'Remove expired sign-ins',
    description:
      'Deletes browser sessions past their expiry, failed sign-ins older than a day and rate-limit windows that have ended.',
    everyMs: HOUR,
    async run({ db, now }) {
      const removed = await removeExpiredSignIns({ db, now });
      const windows = await removeEndedRateLimits({ db, now });
      return `${plural(removed.sessions, 'session')}, ${plural(removed.failures, 'failed sign-in')} and ${plural(windows, 'rate-limit window')} removed`;
    },
  },
  {
    kind: 'purge-audit-log',
    name: 'Apply the audit log retention',
    description:
      'Removes audit entries older than the retention in the workspace settings, and records that it did (the hash chain stays checkable).',
    everyMs: DAY,
    async run({ db, now }) {
      const { settings } = await getWorkspace({ db });
      const purged = await purgeAudit({ db, retentionDays: settings.auditRetentionDays, now });
      return `${plural(purged.removed, 'entry', 'entries')} past ${settings.auditRetentionDays} days removed`;
    },
  },
  {
    kind: 'archive-expired-assets',
    name: 'Archive expired assets',
    description: 'Archives published assets past their expiry date and tells each owner.',
    everyMs: HOUR,
    async run({ db, now }) {
      const archived = await archiveExpiredAssets({ db, today: now.toISOString().slice(0, 10) });
      return `${plural(archived.length, 'asset')} archived`;
    },
  },
  {
    kind: 'refresh-search-views',
    name: 'Refresh search ranking by views',
    description:
      'Copies view counts into the search index, where they lift much-viewed assets (a view itself leaves the index alone).',
    everyMs: HOUR,
    async run({ db }) {
      const refreshed = await refreshSearchRanking({ db });
      return `${plural(refreshed, 'asset')} refreshed`;
    },
  },
  {
    kind: 'overdue-digest',
    name: 'Overdue request digest',
    description:
      'Announces requests newly past their review deadline and sends TMMs and admins a daily digest.',
    everyMs: HOUR,
    async run({ db, now }) {
      const digest = await runOverdueDigest({ db, now });
      return `${plural(digest.overdue, 'request')} overdue, ${digest.announced} newly announced`;
    },
  },
  {
    kind: 'webhook-delivery',
    name: 'Send webhook messages',
    description: 'Sends queued webhook messages and retries failed ones with growing delays.',
    everyMs: 10_000,
    maxAttempts: 2,
    retryBaseMs: 5_000,
    leaseMs: 2 * 60_000,
    async run({ db, now }) {
      const result = await dispatchDueDeliveries({ db, now });
      return result.attempted
        ? `${result.delivered} of ${plural(result.attempted, 'message')} delivered`
        : 'Nothing to send';
    },
  },
  importJob,
  {
    kind: 'move-attachments-to-storage',
    name: 'Move attachments to file storage',
    description:
      'Moves request attachments still held in the database (from before file storage) into file storage, 50 at a time.',
    everyMs: HOUR,
    // Thousands of old attachments take a while; a restart takes the rest on the next run.
    leaseMs: 30 * 60_000,
    async run({ db, storage, logger }) {
      if (!storage) return 'No file storage configured for background jobs';
      const { moved } = await moveAttachmentsToStorage({ db, storage, logger });
      return moved ? `${plural(moved, 'attachment')} moved` : 'Nothing to move';
    },
  },
  backupJob,
  {
    kind: 'prune-job-history',
    name: 'Clear old job history',
    description: `Forgets background jobs that finished more than ${JOB_HISTORY_DAYS} days ago (a day for the webhook sender); failures stay.`,
    everyMs: DAY,
    async run({ db, now }) {
      const frequent = backgroundJobs.filter((kind) => (kind.everyMs ?? DAY) < HOUR).map((kind) => kind.kind);
      const removed =
        (await deleteFinishedJobs(db, new Date(now.getTime() - FREQUENT_HISTORY_DAYS * DAY), frequent)) +
        (await deleteFinishedJobs(db, new Date(now.getTime() - JOB_HISTORY_DAYS * DAY)));
      return `${plural(removed, 'job')} forgotten`;
    },
  },
];
