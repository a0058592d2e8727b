import { quarterOf } from '../../shared/okrs.ts';
import type { Database } from '../db/connect.ts';
import { createObjective, enterKeyResultValue, listOkrs } from '../modules/insights/okrs.service.ts';
import { listTermRows } from '../modules/settings/settings.repository.ts';
import { findUserByEmail } from '../modules/users/users.repository.ts';

type Db = Database['db'];

/**
 * The sample team's OKRs for the current quarter: three objectives whose key results are live
 * queries over the sample library, requests, demos and engagement, and one number entered by
 * hand. Only when the quarter has none yet; answers how many objectives it made.
 */
export async function seedSampleOkrs(db: Db, now: Date): Promise<number> {
  const quarter = quarterOf(now);
  if ((await listOkrs({ db, quarter, now })).objectives.length > 0) return 0;
  const owner = await findUserByEmail(db, 'priya@lumenstack.example');
  if (!owner) return 0;
  const principal = {
    userId: owner.id,
    email: owner.email,
    name: owner.name,
    role: owner.role,
    via: 'session' as const,
  };
  const security = (await listTermRows(db, 'solution')).find((term) => term.name.includes('DevSecOps'))?.id;
  const made = [
    {
      title: 'Make security the story prospects remember',
      description: 'Ship and spread content for the DevSecOps solution.',
      keyResults: [
        {
          title: 'Publish DevSecOps content',
          measure: 'published_assets' as const,
          filters: security ? { solutionId: security } : {},
          target: 6,
        },
        {
          title: 'Views of security content in Showcase',
          measure: 'engagement' as const,
          filters: { engagement: 'showcaseViews' as const, ...(security ? { solutionId: security } : {}) },
          target: 800,
        },
      ],
    },
    {
      title: 'Serve the field fast',
      description: 'Every request gets an answer within two business days, and reuse comes first.',
      keyResults: [
        {
          title: 'Requests reviewed within the SLA',
          measure: 'requests_reviewed_in_sla' as const,
          target: 90,
        },
        {
          title: 'Requests answered with existing content',
          measure: 'requests_answered_with_existing' as const,
          target: 5,
        },
      ],
    },
    {
      title: 'Keep every demo current',
      description: 'No prospect sees a demo a release has made stale.',
      keyResults: [
        { title: 'Demos fresh', measure: 'demos_fresh' as const, target: 90 },
        { title: 'Campaigns influenced', measure: 'manual' as const, target: 12 },
      ],
    },
  ];
  for (const input of made) {
    const objective = await createObjective({
      db,
      input: { quarter, ownerId: owner.id, ...input },
      principal,
      now,
    });
    const manual = objective.keyResults.find((keyResult) => keyResult.row.measure === 'manual');
    if (manual) await enterKeyResultValue({ db, id: manual.row.id, value: 4, principal, now });
  }
  return made.length;
}
