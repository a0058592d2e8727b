import type { Role } from '../../shared/roles.ts';
import { hashPassword } from '../crypto.ts';
import type { Database } from '../db/connect.ts';
import {
  findWorkspace,
  insertTeamMember,
  listTermRows,
  setTeamMemberAreas,
  upsertWorkspace,
} from '../modules/settings/settings.repository.ts';
import { findUserByEmail, insertUser } from '../modules/users/users.repository.ts';
import type { Storage } from '../storage/storage.ts';
import { ensureWorkspace } from './defaults.ts';
import { seedSampleDemos } from './sample-demos.ts';
import { seedSampleDistribution } from './sample-distribution.ts';
import { seedSampleEngagement } from './sample-engagement.ts';
import { seedSampleLibrary } from './sample-library.ts';
import { seedSampleOkrs } from './sample-okrs.ts';
import { seedSamplePlan } from './sample-plan.ts';
import { seedSampleRequests } from './sample-requests.ts';

type Db = Database['db'];

/** Everyone in the sample workspace signs in with this password (it is printed at start). */
export const SAMPLE_PASSWORD = 'showcase-sample';
export const SAMPLE_COMPANY = 'Lumenstack';

interface SamplePerson {
  email: string;
  name: string;
  role: Role;
  member?: { title: string; capacity: number; areas: string[] };
}

/**
 * Lumenstack is a made-up company selling a software delivery platform. Its technical marketing
 * team has three TMMs with areas of their own, plus people from the teams that ask them for work.
 */
export const samplePeople: SamplePerson[] = [
  {
    email: 'priya@lumenstack.example',
    name: 'Priya Raman',
    role: 'tmm',
    member: {
      title: 'Senior Technical Marketing Manager',
      capacity: 8,
      areas: ['Automated Software Delivery', 'CI', 'Analytics & Insights', 'Platform Engineering'],
    },
  },
  {
    email: 'tomas@lumenstack.example',
    name: 'Tomás Okafor',
    role: 'tmm',
    member: {
      title: 'Technical Marketing Manager, Security',
      capacity: 6,
      areas: [
        'Software Security (DevSecOps)',
        'Software Compliance',
        'Security',
        'Compliance',
        'Software Supply Chain Security',
      ],
    },
  },
  {
    email: 'mei@lumenstack.example',
    name: 'Mei Lindqvist',
    role: 'tmm',
    member: {
      title: 'Technical Marketing Manager, Delivery',
      capacity: 6,
      areas: ['CD', 'GitOps', 'Artifact Management'],
    },
  },
  { email: 'jordan@lumenstack.example', name: 'Jordan Blake', role: 'requester' },
  { email: 'sam@lumenstack.example', name: 'Sam Ortega', role: 'requester' },
  { email: 'noor@lumenstack.example', name: 'Noor Haddad', role: 'requester' },
  { email: 'ana@lumenstack.example', name: 'Ana Costa', role: 'viewer' },
  { email: 'felix@lumenstack.example', name: 'Felix Wong', role: 'viewer' },
];

/** Loads the sample workspace; running it again changes nothing. */
export async function seedSampleWorkspace(
  db: Db,
  options: { storage?: Storage } = {},
): Promise<{
  created: number;
  assets: number;
  requests: number;
  demos: number;
  engagement: number;
  okrs: number;
  plan: number;
  /** Short-link clicks of the sample distribution. */
  clicks: number;
}> {
  await ensureWorkspace(db, SAMPLE_COMPANY);
  const workspace = await findWorkspace(db);
  if (workspace && workspace.name === 'Showcase') {
    await upsertWorkspace(db, { name: SAMPLE_COMPANY, settings: workspace.settings });
  }
  let passwordHash: Promise<string> | undefined;
  const samplePasswordHash = () => {
    passwordHash ??= hashPassword(SAMPLE_PASSWORD);
    return passwordHash;
  };
  const terms = new Map(
    (await listTermRows(db))
      .filter((t) => t.kind === 'solution' || t.kind === 'use_case')
      .map((t) => [t.name, t.id]),
  );
  let created = 0;
  for (const person of samplePeople) {
    if (await findUserByEmail(db, person.email)) continue;
    await db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, {
        email: person.email,
        name: person.name,
        role: person.role,
        password_hash: await samplePasswordHash(),
      });
      if (person.member) {
        const member = await insertTeamMember(trx, {
          userId: user.id,
          title: person.member.title,
          quarterlyCapacity: person.member.capacity,
        });
        const areaIds = person.member.areas
          .map((area) => terms.get(area))
          .filter((id): id is string => Boolean(id));
        await setTeamMemberAreas(trx, member.id, areaIds);
      }
    });
    created++;
  }
  const assets = await seedSampleLibrary(db, new Date().toISOString().slice(0, 10));
  const requests = await seedSampleRequests(db, new Date());
  const demos = await seedSampleDemos(db, new Date(), options.storage);
  const engagement = await seedSampleEngagement(db, new Date());
  const okrs = await seedSampleOkrs(db, new Date());
  const plan = await seedSamplePlan(db, new Date());
  const clicks = await seedSampleDistribution(db, new Date());
  return { created, assets, requests, demos, engagement, okrs, plan, clicks };
}
