import { termKey } from '../../shared/library.ts';
import type { TermKind } from '../../shared/schemas/settings.ts';
import { workspaceSettingsDefaults } from '../../shared/schemas/settings.ts';
import type { Database } from '../db/connect.ts';
import { ensureDistributionDefaults } from '../modules/distribution/distribution.service.ts';
import {
  findWorkspace,
  insertTeam,
  insertTerm,
  mergeWorkspaceSettings,
  setDeliverableFormats,
  upsertWorkspace,
} from '../modules/settings/settings.repository.ts';

type Db = Database['db'];

/**
 * The practice of a technical marketing team, as the defaults of every new workspace. All of it
 * is editable under Settings.
 */
export const defaultSolutions: Record<string, string[]> = {
  'Software Security (DevSecOps)': ['Security', 'Software Supply Chain Security'],
  'Software Compliance': ['Compliance'],
  'Automated Software Delivery': ['SCM', 'CI', 'CD', 'GitOps', 'Artifact Management'],
  Platform: ['Agile Planning', 'Analytics & Insights', 'Platform Engineering'],
};

export const defaultFormats = [
  'Demo video',
  'Click-through demo',
  'Workshop',
  'Webinar',
  'Tutorial',
  'Blog post',
  'White paper / e-book',
  'Article',
  'Presentation',
  'Lightning talk',
  'Analyst demo',
  'Report',
];

/** Deliverable types, highest priority first, with the formats each usually produces. */
export const defaultDeliverableTypes: [string, string[]][] = [
  ['Analyst Demos/Analyst Evaluations', ['Analyst demo', 'Report']],
  ['Core Solutions Demos', ['Demo video', 'Click-through demo']],
  ['Tech Webinars', ['Webinar']],
  ['Field Marketing Workshops', ['Workshop']],
  ['Technical Blogs', ['Blog post', 'Tutorial']],
  ['Sales Support', ['Demo video', 'Presentation']],
  ['Technical Enablement (Internal)', ['Presentation', 'Tutorial']],
  ['Workshops', ['Workshop']],
  ['CS Skills Exchange', ['Presentation']],
  ['Release Showcase', ['Demo video', 'Blog post']],
  ['Competitive Analysis', ['Report']],
  ['Conference Demos/Workshop', ['Demo video', 'Workshop', 'Lightning talk', 'Presentation']],
  ['Whitepapers and e-books', ['White paper / e-book']],
  ['Evangelization', ['Article', 'Presentation', 'Lightning talk']],
];

export const defaultTerms: Partial<Record<TermKind, string[]>> = {
  value_driver: [
    'Increase operational efficiencies',
    'Deliver better products faster',
    'Reduce security and compliance risk',
  ],
  persona: [
    'Application Developer',
    'DevOps Engineer',
    'Platform Engineer',
    'Security Engineer',
    'Compliance Manager',
    'Engineering Manager',
    'Executive (CTO / VP Engineering)',
  ],
  buyer_stage: ['Awareness', 'Consideration', 'Decision'],
  region: ['AMER', 'EMEA', 'APAC', 'LATAM'],
  segment: ['Enterprise', 'Mid-Market', 'SMB', 'Public Sector'],
  industry: [
    'Financial Services',
    'Public Sector',
    'Healthcare',
    'Retail',
    'Telecommunications',
    'Technology',
    'Automotive',
  ],
};

export const defaultTeams = [
  'Alliances',
  'Corporate Communications',
  'Corporate Events',
  'Community',
  'Engineering',
  'Field Marketing',
  'Growth Marketing',
  'Product',
  'Sales',
];

/** Writes the default workspace once; a workspace that already exists is left alone. */
export async function ensureWorkspace(db: Db, name = 'Showcase'): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (await findWorkspace(trx)) {
      await distributionDefaultsOnce(trx);
      return false;
    }
    await upsertWorkspace(trx, { name, settings: workspaceSettingsDefaults });
    for (const [position, [solution, useCases]] of Object.entries(defaultSolutions).entries()) {
      const parent = await insertTerm(trx, { kind: 'solution', name: solution, position });
      for (const [index, useCase] of useCases.entries()) {
        await insertTerm(trx, {
          kind: 'use_case',
          name: useCase,
          parentId: parent.id,
          position: position * 100 + index,
        });
      }
    }
    for (const [kind, names] of Object.entries(defaultTerms)) {
      for (const [position, termName] of names.entries())
        await insertTerm(trx, { kind, name: termName, position });
    }
    const formats = new Map<string, string>();
    for (const [position, format] of defaultFormats.entries()) {
      formats.set(
        format,
        (await insertTerm(trx, { kind: 'format', name: format, position, key: termKey(format) })).id,
      );
    }
    for (const [position, [type, formatNames]] of defaultDeliverableTypes.entries()) {
      const term = await insertTerm(trx, { kind: 'deliverable_type', name: type, position });
      await setDeliverableFormats(
        trx,
        term.id,
        formatNames.map((format) => formats.get(format) as string),
      );
    }
    for (const team of defaultTeams) {
      await insertTeam(trx, { name: team, quarterlyBudget: workspaceSettingsDefaults.defaultTeamBudget });
    }
    await distributionDefaultsOnce(trx);
    return true;
  });
}

/**
 * The default distribution channels and publishing checklists, written once per workspace (a
 * workspace from before them gets them at its next start; one that removed them keeps that).
 */
async function distributionDefaultsOnce(db: Db) {
  const stored = (await findWorkspace(db))?.settings as { distributionDefaults?: unknown } | undefined;
  if (stored?.distributionDefaults === true) return;
  await ensureDistributionDefaults({ db });
  await mergeWorkspaceSettings(db, { distributionDefaults: true });
}
