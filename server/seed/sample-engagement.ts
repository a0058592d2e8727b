import { randomBytes, randomUUID } from 'node:crypto';
import { digest } from '../crypto.ts';
import type { Database } from '../db/connect.ts';
import { type EngagementValues, recordEngagementBatch } from '../modules/insights/insights.service.ts';
import { insertRecipients, insertShareLink } from '../modules/sharing/sharing.repository.ts';
import {
  addViewCounts,
  hasSampleEngagement,
  listPeople,
  listPublishedAssets,
  listRecipientIds,
  setFirstVisit,
} from './seed.repository.ts';

type Db = Database['db'];

const DAY_MS = 86_400_000;

/** A small seeded generator (mulberry32), so every sample workspace gets the same quarter. */
export function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Two companies looking at Lumenstack, with the people the sales team sends links to. */
const accounts = [
  {
    name: 'Northwind Logistics',
    people: [
      { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' },
      { name: 'Ravi Menon', email: 'ravi.menon@northwind.example' },
    ],
  },
  {
    name: 'Fabrikam Health',
    people: [{ name: 'Lucía Ferrer', email: 'lucia.ferrer@fabrikam.example' }],
  },
];

/**
 * A quarter of engagement for the sample library, written by us: views in Showcase on every
 * published asset (more on the newer and on demos), numbers from outside for its videos, blog
 * posts and webinars, and share links to two companies with visits (and time on page) from named
 * recipients, the latest this week. Running it again changes nothing.
 */
export async function seedSampleEngagement(db: Db, now: Date): Promise<number> {
  if (await hasSampleEngagement(db)) return 0;
  const assets = await listPublishedAssets(db);
  if (assets.length === 0) return 0;
  const random = generator(20261202);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (daysAgo: number, hour = 9 + Math.floor(random() * 8)) =>
    new Date(today - daysAgo * DAY_MS + hour * 3_600_000 + Math.floor(random() * 3_600_000));
  const events: EngagementValues[] = [];
  const views = new Map<string, number>();

  assets.forEach((asset, index) => {
    const popularity =
      0.3 + 2.5 * random() * (asset.format?.includes('demo') || asset.format === 'Demo video' ? 1.6 : 1);
    for (let daysAgo = 89; daysAgo >= 0; daysAgo--) {
      const weekday = new Date(today - daysAgo * DAY_MS).getUTCDay();
      const busy = weekday === 0 || weekday === 6 ? 0.3 : 1;
      const count = Math.floor(random() * popularity * busy * (1 + (89 - daysAgo) / 120));
      for (let view = 0; view < count; view++)
        events.push({ asset_id: asset.id, source: 'showcase', kind: 'view', occurred_at: at(daysAgo) });
      views.set(asset.id, (views.get(asset.id) ?? 0) + count);
    }
    // Numbers from outside, weekly: video views on YouTube, blog views, webinar seats.
    const outside =
      asset.format === 'Demo video'
        ? 'video_view'
        : asset.format === 'Blog post'
          ? 'blog_view'
          : asset.format === 'Webinar'
            ? 'registration'
            : undefined;
    if (!outside || index % 2 === 1) return;
    for (let week = 12; week >= 0; week--) {
      const day = new Date(today - week * 7 * DAY_MS);
      const base = outside === 'video_view' ? 400 : outside === 'blog_view' ? 900 : 60;
      const quantity = Math.round(base * (0.5 + random()) * (1 + (12 - week) / 10));
      events.push({ asset_id: asset.id, source: 'outside', kind: outside, quantity, occurred_at: day });
      if (outside === 'registration')
        events.push({
          asset_id: asset.id,
          source: 'outside',
          kind: 'attendance',
          quantity: Math.round(quantity * (0.35 + random() * 0.2)),
          occurred_at: day,
        });
    }
  });

  // Share links: an external demo and an external written piece per company.
  const external = assets.filter((asset) => asset.visibility === 'external');
  const sharer = (await listPeople(db)).find((person) => person.email === 'priya@lumenstack.example');
  return db.transaction().execute(async (trx) => {
    for (const [index, account] of accounts.entries()) {
      for (const asset of external.slice(index * 2, index * 2 + 2)) {
        const created = new Date(today - (60 - index * 20) * DAY_MS);
        const link = await insertShareLink(trx, {
          asset_id: asset.id,
          created_by: sharer?.id ?? null,
          token_digest: digest(randomBytes(32).toString('base64url')),
          name: `${asset.title} for ${account.name}`,
          notes: 'Sent after the discovery call.',
          audience: account.people.length > 1 ? 'group' : 'recipient',
          account_name: account.name,
          downloads: true,
          created_at: created,
        });
        await insertRecipients(trx, link.id, account.people, created);
        const recipients = await listRecipientIds(trx, link.id);
        let first: Date | undefined;
        for (const recipient of recipients) {
          // A visit every week or two since the link was sent, the last in the past few days.
          for (let daysAgo = Math.round((today - created.getTime()) / DAY_MS); daysAgo >= 0; ) {
            const visitAt = at(daysAgo);
            first = first && first < visitAt ? first : visitAt;
            const visitId = randomUUID();
            const shared = {
              asset_id: asset.id,
              link_id: link.id,
              recipient_id: recipient.id,
            };
            events.push({
              ...shared,
              id: visitId,
              source: 'share_link',
              kind: 'visit',
              occurred_at: visitAt,
            });
            const beats = 3 + Math.floor(random() * 24);
            for (let beat = 1; beat <= beats; beat++)
              events.push({
                ...shared,
                visit_id: visitId,
                source: 'share_link',
                kind: 'beat',
                seconds: 10,
                occurred_at: new Date(visitAt.getTime() + beat * 10_000),
              });
            if (random() < 0.3)
              events.push({
                ...shared,
                visit_id: visitId,
                source: 'share_link',
                kind: 'download',
                occurred_at: visitAt,
              });
            daysAgo -= daysAgo > 7 ? 5 + Math.floor(random() * 10) : 2 + Math.floor(random() * 3);
          }
        }
        if (first) await setFirstVisit(trx, link.id, first);
      }
    }
    await addViewCounts(trx, views);
    return recordEngagementBatch(trx, events);
  });
}
