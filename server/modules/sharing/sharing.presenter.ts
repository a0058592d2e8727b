import { embedFor } from '../../../shared/library.ts';
import type { SharedAsset, ShareLink } from '../../../shared/schemas/sharing.ts';
import type { AssetRow } from '../../db/schema.ts';
import type { Principal } from '../../http/context.ts';
import { presentSharedFile } from '../asset-files/asset-files.presenter.ts';
import { linkActionsOf, type ShareLinkDetails } from './sharing.service.ts';

/** A link as its makers see it: never the token (only its digest is kept) nor the passcode hash. */
export function presentShareLink(details: ShareLinkDetails, actor: Principal, now: Date): ShareLink {
  const { row, recipients, stats, creatorName } = details;
  const status = row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= now ? 'expired' : 'active';
  return {
    id: row.id,
    assetId: row.asset_id,
    name: row.name,
    notes: row.notes,
    audience: row.audience,
    accountName: row.account_name,
    recipients: recipients.map((recipient) => ({
      id: recipient.id,
      name: recipient.name,
      email: recipient.email,
      addedByVisit: recipient.added_by_visit,
    })),
    expiresAt: row.expires_at?.toISOString() ?? null,
    hasPasscode: Boolean(row.passcode_hash),
    emailGate: row.email_gate,
    allowList: row.allow_list,
    denyList: row.deny_list,
    downloads: row.downloads,
    watermark: row.watermark,
    status,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    createdBy: row.created_by ? { id: row.created_by, name: creatorName ?? 'Former user' } : null,
    createdAt: row.created_at.toISOString(),
    allowedActions: linkActionsOf(actor, row, details.asset),
    stats: {
      visits: Number(stats?.visits ?? 0),
      lastVisitAt: stats?.last_visit_at ? new Date(stats.last_visit_at).toISOString() : null,
      secondsOnPage: Number(stats?.seconds ?? 0),
      downloads: Number(stats?.downloads ?? 0),
      plays: Number(stats?.plays ?? 0),
      completedPlays: Number(stats?.completed_plays ?? 0),
    },
  };
}

/**
 * Everything of an asset that leaves through a share link, built field by field from an allow
 * list: title, summary, format name, the embed, whether the file may be downloaded, the
 * asset's files (name, type, size) when the link allows downloads, and whether the page plays
 * a click-through demo (at /api/shared/{token}/play). The file's
 * address itself is never in it (the download route redirects, and counts, when allowed).
 */
export function presentSharedAsset(
  asset: AssetRow,
  format: string | null,
  link: { downloads: boolean; watermark: boolean },
  files: Parameters<typeof presentSharedFile>[0][],
  player: boolean,
): SharedAsset {
  const { downloads } = link;
  const embed = embedFor(asset.primary_url) ?? embedFor(asset.image_url) ?? null;
  return {
    title: asset.title,
    summary: asset.summary,
    format,
    embed: embed ? { kind: embed.kind, src: embed.src } : null,
    downloadable: downloads && Boolean(asset.primary_url),
    files: downloads ? files.map((file) => presentSharedFile(file, link.watermark)) : [],
    player,
  };
}
