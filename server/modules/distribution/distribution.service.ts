import { randomInt } from 'node:crypto';
import { announcementText, SHORT_CODE_PATTERN, shortCodeProblem } from '../../../shared/distribution.ts';
import type { Role } from '../../../shared/roles.ts';
import type {
  CreateChannelInput,
  CreateShortLinkInput,
  CreateUtmTemplateInput,
  ReplaceChecklistInput,
  UpdateChannelInput,
  UpdateDistributionInput,
  UpdateShortLinkInput,
} from '../../../shared/schemas/distribution.ts';
import type { Database } from '../../db/connect.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { deleteRecorded, recordAudit } from '../audit/audit.service.ts';
import { findAsset, getVisibleAsset } from '../library/library.service.ts';
import { planEntryNameOfAsset } from '../plan/plan.service.ts';
import { getTermsOfKind } from '../settings/settings.service.ts';
import { anonymousVisitorHash } from '../sharing/sharing.service.ts';
import { emitEvent } from '../webhooks/webhooks.service.ts';
import { forgetShortLinks, queueClick, shortLinkOfCode } from './distribution.clicks.ts';
import {
  channelUse,
  codeTaken,
  countChecklistItems,
  countSubscribedWebhooks,
  deleteChannelRow,
  deleteShortLinkRow,
  deleteTemplateRow,
  findChannelRow,
  findChecklistItem,
  findShortLinkRow,
  insertChannel,
  insertOverride,
  insertShortLink,
  insertTemplate,
  listAssetChecklistRows,
  listChannelRows,
  listChecklistItemRows,
  listDistributionRows,
  listOverrideRows,
  listShortLinkRows,
  listTemplateRows,
  openDistributionRows,
  replaceChecklistItems,
  setTick,
  updateChannelRow,
  updateDistributionRow,
  updateShortLinkRow,
} from './distribution.repository.ts';

type Db = Database['db'];
type Client = { ip?: string; userAgent?: string };

/* Short links */

/**
 * User agents of crawlers, link unfurlers (Slack, LinkedIn, X, Mastodon fetch a link to preview
 * it), monitors and HTTP libraries: they are redirected like anyone, but their clicks are not counted.
 * A request without a user agent is not a browser either.
 */
const BOT_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|preview|facebookexternalhit|embedly|mastodon|pleroma|akkoma|misskey|whatsapp|telegram|skype|vkshare|curl|wget|python|httpie|libwww|java\/|go-http|okhttp|axios|node-fetch|undici|headless|lighthouse|pingdom|uptime|monitor|scanner|validator|feedfetcher/i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent?.trim() || BOT_AGENT.test(userAgent);
}

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function generatedCode(): string {
  let code = '';
  for (let i = 0; i < 7; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Where a code sends people, or null: anything else is not ours to redirect. A browser's click is
 * queued to be counted (distribution.clicks.ts: written in batches, one per client and link an hour).
 */
export async function followShortLink(options: {
  db: Db;
  code: string;
  now: Date;
  client: Client;
  onError: (error: unknown, lost: number) => void;
}) {
  const { code, now, client } = options;
  if (!SHORT_CODE_PATTERN.test(code)) return null;
  const link = await shortLinkOfCode(options.db, code);
  if (!link) return null;
  if (!isBot(client.userAgent)) {
    const visitorHash = await anonymousVisitorHash(options.db, now, link.id, client);
    queueClick(options.db, { shortLinkId: link.id, visitorHash, occurredAt: now }, options.onError);
  }
  return link.target_url;
}

async function checkChannel(db: Db, channelId: string | null | undefined) {
  if (!channelId) return;
  if (!(await findChannelRow(db, channelId)))
    throw new AppError('validation_failed', 'No such channel', { fields: { channelId: 'is not a channel' } });
}

async function checkCodeFree(db: Db, code: string, exceptId?: string) {
  if (await codeTaken(db, code, exceptId))
    throw new AppError('conflict', `The code “${code}” is already used`, {
      fields: { code: 'is already used by another short link' },
    });
}

export function getShortLinks(options: { db: Db; assetId: string; role: Role }) {
  return getVisibleAsset({ db: options.db, id: options.assetId, role: options.role }).then(() =>
    listShortLinkRows(options.db, { assetId: options.assetId }),
  );
}

async function shortLinkWithClicks(db: Db, id: string) {
  const [row] = await listShortLinkRows(db, { id });
  if (!row) throw new AppError('not_found', 'Short link not found');
  return row;
}

export async function createShortLink(options: {
  db: Db;
  input: CreateShortLinkInput;
  actorId: string;
  now: Date;
}) {
  const { input, now } = options;
  return inTransaction(options.db, async (db) => {
    if (!(await findAsset({ db, id: input.assetId })))
      throw new AppError('validation_failed', 'No such asset', { fields: { assetId: 'is not an asset' } });
    await checkChannel(db, input.channelId);
    let code = input.code;
    if (code) await checkCodeFree(db, code);
    else {
      for (let attempt = 0; attempt < 8 && !code; attempt += 1) {
        const candidate = generatedCode();
        if (!shortCodeProblem(candidate) && !(await codeTaken(db, candidate))) code = candidate;
      }
      if (!code)
        throw new AppError('conflict', 'No free code was found; give one', {
          fields: { code: 'is required' },
        });
    }
    const row = await insertShortLink(db, {
      code,
      target_url: input.targetUrl,
      asset_id: input.assetId,
      channel_id: input.channelId ?? null,
      created_by: options.actorId,
      created_at: now,
      updated_at: now,
    });
    return shortLinkWithClicks(db, row.id);
  });
}

export async function updateShortLink(options: {
  db: Db;
  id: string;
  input: UpdateShortLinkInput;
  now: Date;
}) {
  const { input } = options;
  return inTransaction(options.db, async (db) => {
    if (!(await findShortLinkRow(db, options.id))) throw new AppError('not_found', 'Short link not found');
    await checkChannel(db, input.channelId);
    if (input.code) await checkCodeFree(db, input.code, options.id);
    await updateShortLinkRow(db, options.id, {
      ...(input.code ? { code: input.code } : {}),
      ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
      ...(input.channelId !== undefined ? { channel_id: input.channelId } : {}),
      updated_at: options.now,
    });
    return shortLinkWithClicks(db, options.id);
  }).finally(() => forgetShortLinks(options.db));
}

/** Deletes a link: its code stops redirecting; the clicks it had stay in the asset's engagement. */
export async function deleteShortLink(options: { db: Db; id: string }) {
  await deleteRecorded(
    options.db,
    (db) => deleteShortLinkRow(db, options.id),
    'Short link not found',
    (row) => ({
      action: 'distribution.short_link_deleted',
      target: { type: 'short_link', id: options.id, label: row.code },
      details: { assetId: row.asset_id },
    }),
  );
  forgetShortLinks(options.db);
}

/* Channels and UTM templates */

export function getChannels(options: { db: Db }) {
  return listChannelRows(options.db);
}

export function createChannel(options: { db: Db; input: CreateChannelInput }) {
  const { input } = options;
  return insertChannel(options.db, {
    name: input.name,
    utm_source: input.utmSource ?? '',
    utm_medium: input.utmMedium ?? '',
    position: input.position ?? 0,
  });
}

export async function updateChannel(options: { db: Db; id: string; input: UpdateChannelInput }) {
  const { input } = options;
  const values = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.utmSource !== undefined ? { utm_source: input.utmSource } : {}),
    ...(input.utmMedium !== undefined ? { utm_medium: input.utmMedium } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
    ...(input.archived !== undefined ? { archived: input.archived } : {}),
  };
  // An edit that changes nothing answers the channel as stored (an UPDATE with no columns is not SQL).
  const row = Object.keys(values).length
    ? await updateChannelRow(options.db, options.id, values)
    : await findChannelRow(options.db, options.id);
  if (!row) throw new AppError('not_found', 'Channel not found');
  return row;
}

/** A channel no checklist has used may go; one in use is archived instead (its history stays). */
export async function deleteChannel(options: { db: Db; id: string }) {
  return inTransaction(options.db, async (db) => {
    if (!(await findChannelRow(db, options.id))) throw new AppError('not_found', 'Channel not found');
    const use = await channelUse(db, options.id);
    if (use.rows || use.links)
      throw new AppError(
        'in_use',
        `This channel is used by ${use.rows} checklist row(s) and ${use.links} short link(s); archive it instead`,
      );
    const deleted = await deleteChannelRow(db, options.id);
    await recordAudit(db, {
      action: 'distribution.channel_deleted',
      target: { type: 'distribution_channel', id: options.id, label: deleted?.name ?? null },
    });
  });
}

export function getUtmTemplates(options: { db: Db; channelId?: string }) {
  return listTemplateRows(options.db, options.channelId);
}

export async function createUtmTemplate(options: { db: Db; input: CreateUtmTemplateInput; actorId: string }) {
  const { input } = options;
  if (!(await findChannelRow(options.db, input.channelId)))
    throw new AppError('validation_failed', 'No such channel', { fields: { channelId: 'is not a channel' } });
  return insertTemplate(options.db, {
    channel_id: input.channelId,
    name: input.name,
    campaign: input.campaign ?? '',
    source: input.source ?? '',
    medium: input.medium ?? '',
    content: input.content ?? '',
    created_by: options.actorId,
  });
}

export function deleteUtmTemplate(options: { db: Db; id: string }) {
  return deleteRecorded(
    options.db,
    (db) => deleteTemplateRow(db, options.id),
    'Template not found',
    (row) => ({
      action: 'distribution.utm_template_deleted',
      target: { type: 'utm_template', id: options.id, label: row.name },
    }),
  );
}

/* An asset's distribution checklist */

/** Called by the library when an asset becomes published: one row per channel, to do. */
export function openDistribution(options: { db: Db; assetId: string; now: Date }) {
  return openDistributionRows(options.db, options.assetId, options.now);
}

/** The checklist of an asset the caller may see; a published asset from before checklists gets one now. */
export async function getDistribution(options: { db: Db; assetId: string; role: Role; now: Date }) {
  const asset = await getVisibleAsset({ db: options.db, id: options.assetId, role: options.role });
  let rows = await listDistributionRows(options.db, asset.id);
  if (!rows.length && asset.status === 'published') {
    await openDistributionRows(options.db, asset.id, options.now);
    rows = await listDistributionRows(options.db, asset.id);
  }
  return { open: rows.length > 0, rows };
}

export async function updateDistribution(options: {
  db: Db;
  assetId: string;
  channelId: string;
  input: UpdateDistributionInput;
  actorId: string;
  role: Role;
  today: string;
  now: Date;
}) {
  const { input, today } = options;
  await getVisibleAsset({ db: options.db, id: options.assetId, role: options.role });
  const done = input.status !== 'todo';
  const updated = await updateDistributionRow(options.db, options.assetId, options.channelId, {
    status: input.status,
    url: input.url ?? null,
    done_on: done ? (input.doneOn ?? today) : null,
    done_by: done ? options.actorId : null,
    updated_at: options.now,
  });
  if (!updated)
    throw new AppError('not_found', 'This asset has no checklist row for that channel (is it published?)');
  return getDistribution(options);
}

/* Publishing checklists */

export async function getPublishingChecklists(options: { db: Db }) {
  const [formats, items] = await Promise.all([
    getTermsOfKind({ db: options.db, kind: 'format' }),
    listChecklistItemRows(options.db),
  ]);
  return formats
    .filter((format) => !format.archived_at)
    .map((format) => ({
      formatId: format.id,
      formatName: format.name,
      items: items
        .filter((item) => item.format_id === format.id)
        .map((item) => ({ id: item.id, label: item.label, required: item.required })),
    }));
}

export async function replacePublishingChecklist(options: {
  db: Db;
  formatId: string;
  input: ReplaceChecklistInput;
}) {
  return inTransaction(options.db, async (db) => {
    const formats = await getTermsOfKind({ db, kind: 'format' });
    if (!formats.some((format) => format.id === options.formatId))
      throw new AppError('not_found', 'Format not found');
    await replaceChecklistItems(
      db,
      options.formatId,
      options.input.items.map((item) => ({ ...item, required: item.required ?? true })),
    );
    return (await getPublishingChecklists({ db })).find((format) => format.formatId === options.formatId);
  });
}

/** The required items of a format's checklist the asset has not ticked (labels, in order). */
export async function openRequiredItems(options: {
  db: Db;
  assetId: string | null;
  formatId: string | null;
}) {
  if (!options.formatId) return [];
  const rows = await listAssetChecklistRows(options.db, options.formatId, options.assetId);
  return rows.filter((row) => row.required && !row.done_at).map((row) => row.label);
}

/**
 * The publishing rule the library's save applies when an asset becomes published: required items
 * open are a 422 on `checklist`, unless a TMM or an admin gives a reason (kept by `recordOverride`).
 */
export async function checkPublishingChecklist(options: {
  db: Db;
  assetId: string | null;
  formatId: string | null;
  role: Role;
  overrideReason?: string;
}): Promise<string[]> {
  const open = await openRequiredItems(options);
  if (!open.length) return [];
  if (!options.overrideReason)
    throw new AppError('validation_failed', 'Required publishing checklist items are still open', {
      fields: { checklist: `${open.length} required item(s) open: ${open.join('; ')}` },
    });
  if (options.role !== 'tmm' && options.role !== 'admin')
    throw new AppError('forbidden', 'Only a TMM can publish with required checklist items open', {
      fields: { checklistOverride: 'only a TMM or an admin may override' },
    });
  return open;
}

export function recordOverride(options: {
  db: Db;
  assetId: string;
  reason: string;
  openItems: string[];
  actorId: string | null;
  now: Date;
}) {
  return insertOverride(options.db, {
    asset_id: options.assetId,
    reason: options.reason,
    open_items: options.openItems,
    overridden_by: options.actorId,
    overridden_at: options.now,
  });
}

export async function getAssetChecklist(options: { db: Db; assetId: string; role: Role }) {
  const asset = await getVisibleAsset({ db: options.db, id: options.assetId, role: options.role });
  const formats = asset.format_id ? await getTermsOfKind({ db: options.db, kind: 'format' }) : [];
  const format = formats.find((term) => term.id === asset.format_id);
  const [items, overrides] = await Promise.all([
    asset.format_id ? listAssetChecklistRows(options.db, asset.format_id, asset.id) : [],
    listOverrideRows(options.db, asset.id),
  ]);
  return { formatName: format?.name ?? null, items, overrides };
}

export async function tickChecklistItem(options: {
  db: Db;
  assetId: string;
  itemId: string;
  done: boolean;
  actorId: string;
  role: Role;
  now: Date;
}) {
  const asset = await getVisibleAsset({ db: options.db, id: options.assetId, role: options.role });
  const item = await findChecklistItem(options.db, options.itemId);
  if (!item || item.format_id !== asset.format_id)
    throw new AppError('not_found', 'This item is not on the checklist of the asset’s format');
  await setTick(options.db, asset.id, item.id, options.done, options.actorId, options.now);
  return getAssetChecklist(options);
}

/* Announcement */

export const ANNOUNCEMENT_EVENT = 'asset.announced';

async function announcementOf(options: { db: Db; assetId: string; role: Role; baseUrl: string }) {
  const asset = await getVisibleAsset({ db: options.db, id: options.assetId, role: options.role });
  if (asset.status !== 'published')
    throw new AppError('conflict', 'Only a published asset is announced', {
      fields: { status: 'is not published' },
    });
  const formats = asset.format_id ? await getTermsOfKind({ db: options.db, kind: 'format' }) : [];
  const format = formats.find((term) => term.id === asset.format_id)?.name ?? null;
  const links = await listShortLinkRows(options.db, { assetId: asset.id });
  const planEntry = await planEntryNameOfAsset({ db: options.db, assetId: asset.id });
  const text = announcementText({
    format,
    title: asset.title,
    links: links.map((link) => ({ channel: link.channel_name, url: `${options.baseUrl}/s/${link.code}` })),
    planEntry,
  });
  return { asset, format, links, planEntry, text };
}

export async function getAnnouncement(options: { db: Db; assetId: string; role: Role; baseUrl: string }) {
  const { text } = await announcementOf(options);
  return { text, webhooks: await countSubscribedWebhooks(options.db, ANNOUNCEMENT_EVENT) };
}

/** Queues the announcement to every webhook subscribed to asset.announced. */
export async function postAnnouncement(options: {
  db: Db;
  assetId: string;
  role: Role;
  baseUrl: string;
  now: Date;
}) {
  return inTransaction(options.db, async (db) => {
    const { asset, format, links, planEntry, text } = await announcementOf({ ...options, db });
    const queued = await countSubscribedWebhooks(db, ANNOUNCEMENT_EVENT);
    await emitEvent(
      db,
      ANNOUNCEMENT_EVENT,
      text,
      {
        assetId: asset.id,
        title: asset.title,
        format,
        shortLinks: links.map((link) => ({ code: link.code, url: `${options.baseUrl}/s/${link.code}` })),
        planEntry,
      },
      options.now,
    );
    return { text, queued };
  });
}

/* Defaults */

export const defaultChannels: [string, string, string][] = [
  ['Docs related topics', 'docs', 'referral'],
  ['Forum', 'forum', 'community'],
  ['Reddit', 'reddit', 'social'],
  ['dev.to', 'devto', 'community'],
  ['LinkedIn', 'linkedin', 'social'],
  ['X', 'x', 'social'],
  ['Mastodon', 'mastodon', 'social'],
  ['Sales library', 'sales-library', 'internal'],
  ['Team announcement', 'slack', 'internal'],
];

/** The team practice per format key: [label, required]. */
export const defaultChecklists: Record<string, [string, boolean][]> = {
  demo_video: [
    ['Script reviewed with product marketing and product', true],
    ['One key takeaway stated', true],
    ['Thumbnail', true],
    ['Chapters', true],
    ['Captions', true],
    ['End screen links the next video of its playlist', true],
    ['Added to the demo playlist', true],
  ],
  click_through_demo: [
    ['Storyboard reviewed', true],
    ['8–12 steps, screenshots at 1920×1080', true],
    ['Call to action on the last step', false],
  ],
  blog_post: [
    ['Technical review', true],
    ['Editorial review', true],
    ['Hero image with alt text', true],
    ['Links to docs', false],
  ],
  webinar: [
    ['Registration page live', true],
    ['Recording uploaded', true],
    ['Slides shared', false],
  ],
};

/** Writes the default channels and checklists into a workspace that has none. */
export async function ensureDistributionDefaults(options: { db: Db }) {
  const { db } = options;
  if ((await listChannelRows(db)).length === 0) {
    for (const [position, [name, source, medium]] of defaultChannels.entries())
      await insertChannel(db, { name, utm_source: source, utm_medium: medium, position });
  }
  if ((await countChecklistItems(db)) === 0) {
    const formats = await getTermsOfKind({ db, kind: 'format' });
    for (const format of formats) {
      const items = format.key ? defaultChecklists[format.key] : undefined;
      if (items)
        await replaceChecklistItems(
          db,
          format.id,
          items.map(([label, required]) => ({ label, required })),
        );
    }
  }
}
