import type { Role } from '../../shared/roles.ts';
import type { Database } from '../db/connect.ts';
import type { Principal } from '../http/context.ts';
import { addResults, createRequest, transitionRequest } from '../modules/requests/requests.service.ts';
import {
  hasAnyRequest,
  listPeople,
  listPublishedAssetTitles,
  listTeamNames,
  listTermNames,
  setUserTeam,
} from './seed.repository.ts';

type Db = Database['db'];

/** Which requesting team each sample requester belongs to. */
export const sampleRequesterTeams: Record<string, string> = {
  'jordan@lumenstack.example': 'Sales',
  'sam@lumenstack.example': 'Field Marketing',
  'noor@lumenstack.example': 'Product',
};

type Step = 'new' | 'triage' | 'backlog' | 'assigned' | 'completed' | 'closed' | 'declined' | 'reuse';

/** [title, requester, deliverable type, solution, use case, days ago, due in days, how far it got]. */
const requests: [string, string, string, string, string, number, number, Step][] = [
  [
    'Analyst evaluation demo: software supply chain',
    'noor',
    'Analyst Demos/Analyst Evaluations',
    'Software Security (DevSecOps)',
    'Software Supply Chain Security',
    1,
    20,
    'new',
  ],
  [
    'Booth demo loop for DevOps Summit',
    'sam',
    'Conference Demos/Workshop',
    'Automated Software Delivery',
    'CD',
    0,
    35,
    'new',
  ],
  [
    'Competitive talk track against legacy CI',
    'jordan',
    'Competitive Analysis',
    'Automated Software Delivery',
    'CI',
    6,
    10,
    'new',
  ],
  [
    'GitOps workshop for the EMEA roadshow',
    'sam',
    'Field Marketing Workshops',
    'Automated Software Delivery',
    'GitOps',
    5,
    40,
    'backlog',
  ],
  [
    'Compliance webinar with a banking customer',
    'jordan',
    'Tech Webinars',
    'Software Compliance',
    'Compliance',
    8,
    25,
    'assigned',
  ],
  [
    'Release showcase video for 4.3',
    'noor',
    'Release Showcase',
    'Platform',
    'Platform Engineering',
    3,
    14,
    'assigned',
  ],
  [
    'Blog: measuring DORA metrics in week one',
    'noor',
    'Technical Blogs',
    'Platform',
    'Analytics & Insights',
    12,
    5,
    'assigned',
  ],
  [
    'Security scanning click-through for the website',
    'sam',
    'Core Solutions Demos',
    'Software Security (DevSecOps)',
    'Security',
    20,
    -2,
    'completed',
  ],
  [
    'Enablement session: selling platform engineering',
    'jordan',
    'Technical Enablement (Internal)',
    'Platform',
    'Platform Engineering',
    30,
    -10,
    'closed',
  ],
  [
    'Demo for a public sector prospect',
    'jordan',
    'Sales Support',
    'Software Compliance',
    'Compliance',
    4,
    3,
    'reuse',
  ],
  [
    'Pipeline caching explainer for a customer',
    'sam',
    'Sales Support',
    'Automated Software Delivery',
    'CI',
    9,
    7,
    'reuse',
  ],
  [
    'White paper on toolchain costs (duplicate ask)',
    'noor',
    'Whitepapers and e-books',
    'Platform',
    'Platform Engineering',
    7,
    60,
    'declined',
  ],
  [
    'Lightning talk for the community meetup',
    'sam',
    'Evangelization',
    'Automated Software Delivery',
    'CI',
    2,
    21,
    'triage',
  ],
  [
    'Partner workshop kit for the cloud marketplace',
    'jordan',
    'Workshops',
    'Platform',
    'Platform Engineering',
    5,
    45,
    'new',
  ],
  [
    'CS skills exchange: vulnerability management',
    'noor',
    'CS Skills Exchange',
    'Software Security (DevSecOps)',
    'Security',
    3,
    18,
    'backlog',
  ],
  [
    'Release notes video for the audit events update',
    'noor',
    'Release Showcase',
    'Software Compliance',
    'Compliance',
    10,
    2,
    'assigned',
  ],
  [
    'Analyst briefing: value stream metrics',
    'jordan',
    'Analyst Demos/Analyst Evaluations',
    'Platform',
    'Analytics & Insights',
    15,
    -5,
    'closed',
  ],
  [
    'Field workshop: CI for mobile teams',
    'sam',
    'Field Marketing Workshops',
    'Automated Software Delivery',
    'CI',
    1,
    50,
    'new',
  ],
  [
    'Tutorial on signed builds',
    'noor',
    'Technical Blogs',
    'Software Security (DevSecOps)',
    'Software Supply Chain Security',
    4,
    30,
    'triage',
  ],
  [
    'Booth giveaway one-pager (better as existing content)',
    'sam',
    'Conference Demos/Workshop',
    'Platform',
    'Platform Engineering',
    6,
    12,
    'reuse',
  ],
];

const principalOf = (user: { id: string; email: string; name: string; role: Role }): Principal => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  via: 'session',
});

/** Loads the sample requests once, through the same service the API uses. */
export async function seedSampleRequests(db: Db, now: Date): Promise<number> {
  if (await hasAnyRequest(db)) return 0;
  const users = await listPeople(db);
  const teams = await listTeamNames(db);
  for (const [email, team] of Object.entries(sampleRequesterTeams)) {
    const teamId = teams.find((t) => t.name === team)?.id;
    if (teamId) await setUserTeam(db, email, teamId);
  }
  const terms = await listTermNames(db);
  const termId = (kind: string, name: string) => terms.find((t) => t.kind === kind && t.name === name)?.id;
  const user = (name: string) => users.find((u) => u.email.startsWith(`${name}@`)) as (typeof users)[number];
  const tmm = (index: number) =>
    users.filter((u) => u.role === 'tmm').sort((a, b) => a.email.localeCompare(b.email))[
      index % 3
    ] as (typeof users)[number];
  const assets = await listPublishedAssetTitles(db);
  for (const [
    index,
    [title, requester, type, solution, useCase, daysAgo, dueIn, step],
  ] of requests.entries()) {
    const filedAt = new Date(now.getTime() - daysAgo * 86_400_000);
    const person = user(requester);
    const team = sampleRequesterTeams[person.email] as string;
    const row = await createRequest({
      db,
      now: filedAt,
      principal: principalOf(person),
      input: {
        title,
        deliverableTypeId: termId('deliverable_type', type) as string,
        businessGoal: `Support ${team.toLowerCase()} goals this quarter with ${type.toLowerCase()}.`,
        audience: 'Engineering leaders and practitioners',
        solutionId: termId('solution', solution),
        useCaseId: termId('use_case', useCase),
        dueDate: new Date(now.getTime() + dueIn * 86_400_000).toISOString().slice(0, 10),
        teamId: teams.find((t) => t.name === team)?.id as string,
        reusedAssetId: step === 'reuse' ? assets[index % assets.length]?.id : undefined,
      },
    });
    const lead = principalOf(tmm(index));
    const move = (to: Parameters<typeof transitionRequest>[0]['input']['to'], extra: object = {}) =>
      transitionRequest({ db, id: row.id, principal: lead, now: filedAt, input: { to, ...extra } });
    if (step === 'reuse' || step === 'new') continue;
    await move('triage');
    if (step === 'triage') continue;
    if (step === 'declined') {
      await move('declined', { reason: 'Already covered by the toolchain cost white paper in the library.' });
      continue;
    }
    if (step === 'backlog') {
      await move('backlog');
      continue;
    }
    await move('assigned', { assigneeId: lead.userId, stage: index % 2 ? 'in_progress' : 'queue' });
    if (step === 'assigned') continue;
    await move('completed', { deliveredAssetIds: [assets[(index * 3) % assets.length]?.id as string] });
    if (step === 'closed') {
      await addResults({
        db,
        id: row.id,
        principal: principalOf(person),
        results: { summary: 'Used by 40 sellers in the quarter kick-off.', audienceReached: 40 },
      });
    }
  }
  return requests.length;
}
