import { randomBytes } from 'node:crypto';
import { buildUtmUrl, utmValue } from '../../shared/distribution.ts';
import { workspaceSettingsDefaults } from '../../shared/schemas/settings.ts';
import { digest } from '../crypto.ts';
import type { Database } from '../db/connect.ts';
import {
  createShortLink,
  getAssetChecklist,
  getChannels,
  getDistribution,
  tickChecklistItem,
  updateDistribution,
} from '../modules/distribution/distribution.service.ts';
import { type EngagementValues, recordEngagementBatch } from '../modules/insights/insights.service.ts';
import { hasShortLinks, listPublishedAssets, listTmms } from './seed.repository.ts';

type Db = Database['db'];
const DAY_MS = 86_400_000;

/** Where each sample piece was posted, per channel (the rest stay to do). */
const posted: Record<string, (slug: string) => string | null> = {
  'Docs related topics': (slug) => `https://docs.lumenstack.example/topics/${slug}`,
  Forum: (slug) => `https://forum.lumenstack.example/t/${slug}`,
  LinkedIn: (slug) => `https://www.linkedin.com/posts/lumenstack_${slug.replace(/-/g, '')}`,
  X: (slug) => `https://x.com/lumenstack/status/${slug.length}8123456789`,
  'Team announcement': () => null,
};
const linked = ['LinkedIn', 'X', 'Reddit'];

/**
 * The four newest published external sample assets get their distribution: checklists ticked,
 * channels done (one skipped), and short links for LinkedIn, X and Reddit with a few weeks of
 * clicks. Written by us; running it again changes nothing.
 */
export async function seedSampleDistribution(db: Db, now: Date): Promise<number> {
  if (await hasShortLinks(db)) return 0;
  const [tmm] = await listTmms(db);
  if (!tmm) return 0;
  const assets = (await listPublishedAssets(db)).filter((asset) => asset.visibility === 'external').slice(-4);
  const channels = await getChannels({ db });
  const today = now.toISOString().slice(0, 10);
  const events: EngagementValues[] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (const [index, asset] of assets.entries()) {
    const slug = utmValue(asset.title).slice(0, 24).replace(/-$/, '');
    const checklist = await getAssetChecklist({ db, assetId: asset.id, role: 'admin' });
    for (const item of checklist.items)
      await tickChecklistItem({
        db,
        assetId: asset.id,
        itemId: item.id,
        done: true,
        actorId: tmm.id,
        role: 'admin',
        now,
      });
    await getDistribution({ db, assetId: asset.id, role: 'admin', now });
    for (const channel of channels) {
      const where = posted[channel.name];
      const skip = channel.name === 'Mastodon' && index % 2 === 0;
      if (!where && !skip) continue;
      await updateDistribution({
        db,
        assetId: asset.id,
        channelId: channel.id,
        input: { status: skip ? 'skipped' : 'done', url: skip ? null : where?.(slug) },
        actorId: tmm.id,
        role: 'admin',
        today,
        now,
      });
    }
    for (const channel of channels.filter((entry) => linked.includes(entry.name))) {
      const target = buildUtmUrl(
        `https://lumenstack.example/resources/${slug}`,
        { campaign: slug, source: channel.utm_source, medium: channel.utm_medium },
        workspaceSettingsDefaults.utmCampaignPrefix,
      );
      if (!target) continue;
      const link = await createShortLink({
        db,
        input: {
          assetId: asset.id,
          targetUrl: target,
          code: `${slug.slice(0, 20)}-${utmValue(channel.name).slice(0, 2)}`,
          channelId: channel.id,
        },
        actorId: tmm.id,
        now,
      });
      const clicks = Math.round((channel.name === 'LinkedIn' ? 60 : 25) * (1 - index * 0.2) * (0.6 + next()));
      for (let click = 0; click < clicks; click += 1) {
        const daysAgo = Math.floor(next() * 21);
        events.push({
          asset_id: asset.id,
          short_link_id: link.id,
          source: 'short_link',
          kind: 'click',
          visitor_hash: digest(randomBytes(16).toString('hex')),
          occurred_at: new Date(now.getTime() - daysAgo * DAY_MS - Math.floor(next() * 8 * 3_600_000)),
        });
      }
    }
  }
  await recordEngagementBatch(db, events);
  return events.length;
}
