import { addDays, publishWeek, quarterDays, quarterOf } from '../../shared/plan.ts';
import type { Database } from '../db/connect.ts';
import { createPlanEntry, createPlanEvent } from '../modules/plan/plan.service.ts';
import { findUserByEmail } from '../modules/users/users.repository.ts';
import { hasAnyPlanEvent, listTermNames } from './seed.repository.ts';

type Db = Database['db'];

/** [title, format, owner's email, week of the quarter (0 = first), solution] */
const sampleEntries: [string, string, string, number, string | null][] = [
  ['Pipelines from zero to deploy in ten minutes', 'Demo video', 'priya', 1, 'Automated Software Delivery'],
  ['Merge trains explained', 'Blog post', 'priya', 3, 'Automated Software Delivery'],
  ['Platform teams: golden paths that stick', 'Webinar', 'priya', 5, null],
  ['Value stream dashboards, hands on', 'Click-through demo', 'priya', 8, 'Analytics & Insights'],
  ['CI caching that pays for itself', 'Tutorial', 'priya', 11, 'Automated Software Delivery'],
  ['Find a leaked secret before it ships', 'Demo video', 'tomas', 1, 'Software Security (DevSecOps)'],
  [
    'Dependency scanning in the merge request',
    'Click-through demo',
    'tomas',
    2,
    'Software Security (DevSecOps)',
  ],
  ['SBOMs without the spreadsheet', 'Blog post', 'tomas', 3, 'Software Supply Chain Security'],
  ['Compliance frameworks, mapped', 'White paper / e-book', 'tomas', 5, 'Software Compliance'],
  ['Security dashboard tour', 'Demo video', 'tomas', 6, 'Software Security (DevSecOps)'],
  ['Fuzz testing for the rest of us', 'Workshop', 'tomas', 8, 'Software Security (DevSecOps)'],
  ['Audit events in five minutes', 'Lightning talk', 'tomas', 10, 'Software Compliance'],
  ['Signing artifacts end to end', 'Tutorial', 'tomas', 12, 'Software Supply Chain Security'],
  ['GitOps with environments you can trust', 'Demo video', 'mei', 2, null],
  ['Progressive delivery with feature flags', 'Blog post', 'mei', 4, null],
  ['Release evidence for auditors', 'Article', 'mei', 7, null],
  // Planned for this quarter, but slipped past its end: the roadmap warns.
  ['Artifact registry migration guide', 'Tutorial', 'mei', 14, null],
];

const sampleEvents = [
  {
    kind: 'webinar' as const,
    title: 'Shipping securely at speed',
    week: 4,
    day: 2,
    hours: [16, 17],
    location: 'Online',
    owner: 'tomas',
    registrationUrl: 'https://events.lumenstack.example/secure-speed',
  },
  {
    kind: 'workshop' as const,
    title: 'Hands-on CI/CD workshop',
    week: 6,
    day: 3,
    hours: [9, 13],
    location: 'Lumenstack office, Lisbon',
    owner: 'priya',
    registrationUrl: 'https://events.lumenstack.example/cicd-workshop',
  },
  {
    kind: 'conference' as const,
    title: 'DevOps Summit Europe',
    week: 9,
    day: 1,
    hours: [8, 18],
    location: 'Amsterdam',
    owner: 'mei',
    registrationUrl: null,
  },
  {
    kind: 'other' as const,
    title: 'Field enablement day',
    week: 10,
    day: 4,
    hours: [14, 16],
    location: 'Sales all-hands',
    owner: 'priya',
    registrationUrl: null,
  },
];

/**
 * The sample team's plan for the current quarter: pieces across the three TMMs (Tomás planned
 * past his capacity of six, one of Mei's slipped past the quarter's end) and a calendar of
 * events. Made once (the calendar's events mark it); answers how many records it made.
 */
export async function seedSamplePlan(db: Db, now: Date): Promise<number> {
  if (await hasAnyPlanEvent(db)) return 0;
  const owners = new Map<string, { id: string; email: string; name: string; role: 'tmm' | 'admin' }>();
  for (const handle of ['priya', 'tomas', 'mei']) {
    const user = await findUserByEmail(db, `${handle}@lumenstack.example`);
    if (user && (user.role === 'tmm' || user.role === 'admin'))
      owners.set(handle, { ...user, role: user.role });
  }
  const lead = owners.get('priya');
  if (!lead) return 0;
  const principal = {
    userId: lead.id,
    email: lead.email,
    name: lead.name,
    role: lead.role,
    via: 'session' as const,
  };
  const terms = await listTermNames(db);
  const termId = (kind: string, name: string | null) =>
    name ? (terms.find((term) => term.kind === kind && term.name === name)?.id ?? null) : null;
  const quarter = quarterOf(now);
  const { from } = quarterDays(quarter);
  let made = 0;
  for (const [title, format, owner, week, solution] of sampleEntries) {
    const { startDate, dueDate } = publishWeek(addDays(from, week * 7));
    await createPlanEntry({
      db,
      principal,
      input: {
        title,
        formatId: termId('format', format),
        solutionId: termId('solution', solution),
        ownerId: owners.get(owner)?.id ?? null,
        quarter,
        startDate,
        dueDate,
        status: dueDate < now.toISOString().slice(0, 10) ? 'published' : week < 6 ? 'in_progress' : 'planned',
      },
    });
    made++;
  }
  for (const event of sampleEvents) {
    const day = addDays(publishWeek(addDays(from, event.week * 7)).startDate, event.day);
    await createPlanEvent({
      db,
      principal,
      input: {
        kind: event.kind,
        title: event.title,
        startsAt: `${day}T${String(event.hours[0]).padStart(2, '0')}:00:00Z`,
        endsAt: `${day}T${String(event.hours[1]).padStart(2, '0')}:00:00Z`,
        location: event.location,
        registrationUrl: event.registrationUrl,
        ownerId: owners.get(event.owner)?.id ?? null,
      },
    });
    made++;
  }
  return made;
}
