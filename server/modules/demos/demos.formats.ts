import Papa from 'papaparse';
import { parse } from 'yaml';
import { normalizeTier, type Significance, significances } from '../../../shared/demos.ts';
import type { FileReport } from '../../../shared/schemas/demos.ts';

/**
 * Readers for the outside formats of the catalogue and of releases: GitLab's stages.yml and
 * categories.yml, GitLab's release-post directory (one YAML file per item), and a plain JSON or
 * CSV release for other companies. They only read; the services decide what to store.
 */

export interface StageItem {
  key: string;
  name: string;
  description: string;
  position: number;
}
export interface CategoryItem {
  key: string;
  stageKey: string;
  name: string;
  description: string;
  documentationUrl: string | null;
  maturity: string | null;
  position: number;
}

/** A release change as read from a file, categories and stage still by name. */
export interface ChangeItem {
  name: string;
  significance: Significance;
  stage: string | null;
  categories: string[];
  tiers: string[];
  description: string;
  documentationUrl: string | null;
  sourceFile: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const httpUrl = (value: unknown): string | null => {
  const text = str(value);
  return /^https?:\/\/\S+$/.test(text) && text.length <= 2000 ? text : null;
};
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item).trim() : ''))
    .filter(Boolean);

function parseYaml(text: string, where: string): { value?: unknown; error?: string } {
  if (!text.trim()) return { error: `${where} is empty` };
  try {
    return { value: parse(text) };
  } catch (error) {
    return { error: `${where} is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** What the catalogue tables take as a key (their CHECK): anything else is skipped with a problem, not a 500. */
const CATALOGUE_KEY = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const keyProblem = 'is not a key (letters, digits, - and _, starting with a letter or digit); skipped';

const titleCase = (key: string) =>
  key
    .split(/[_-]/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');

/** Stages and categories from GitLab's stages.yml and categories.yml, with what could not be read. */
export function readGitlabCatalogue(stagesText: string, categoriesText: string) {
  const problems: { where: string; message: string }[] = [];
  const stages: StageItem[] = [];
  const categories: CategoryItem[] = [];
  const stagesDoc = parseYaml(stagesText, 'stages.yml');
  const categoriesDoc = parseYaml(categoriesText, 'categories.yml');
  if (stagesDoc.error) problems.push({ where: 'stages.yml', message: stagesDoc.error });
  if (categoriesDoc.error) problems.push({ where: 'categories.yml', message: categoriesDoc.error });

  /** The stage each category is listed under by its groups, for categories that name none. */
  const stageOfCategory = new Map<string, string>();
  const stageMap = isRecord(stagesDoc.value) ? stagesDoc.value.stages : undefined;
  if (stagesDoc.value !== undefined && !isRecord(stageMap))
    problems.push({ where: 'stages.yml', message: 'has no "stages:" mapping' });
  if (isRecord(stageMap)) {
    for (const [key, value] of Object.entries(stageMap)) {
      if (!isRecord(value)) {
        problems.push({ where: `stages.yml: ${key}`, message: 'is not a mapping; skipped' });
        continue;
      }
      if (!CATALOGUE_KEY.test(key.toLowerCase())) {
        problems.push({ where: `stages.yml: ${key}`, message: keyProblem });
        continue;
      }
      stages.push({
        key: key.toLowerCase(),
        name: (str(value.display_name) || titleCase(key)).slice(0, 200),
        description: str(value.description),
        position: stages.length,
      });
      for (const group of Object.values(isRecord(value.groups) ? value.groups : {})) {
        if (isRecord(group))
          for (const category of list(group.categories)) stageOfCategory.set(category, key.toLowerCase());
      }
    }
  }
  const stageKeys = new Set(stages.map((stage) => stage.key));
  if (categoriesDoc.value !== undefined && !isRecord(categoriesDoc.value))
    problems.push({ where: 'categories.yml', message: 'is not a mapping of categories' });
  if (isRecord(categoriesDoc.value)) {
    for (const [key, value] of Object.entries(categoriesDoc.value)) {
      const where = `categories.yml: ${key}`;
      if (!isRecord(value)) {
        problems.push({ where, message: 'is not a mapping; skipped' });
        continue;
      }
      if (!CATALOGUE_KEY.test(key.toLowerCase())) {
        problems.push({ where, message: keyProblem });
        continue;
      }
      const named = str(value.stage).toLowerCase();
      const stageKey = stageKeys.has(named) ? named : stageOfCategory.get(key);
      if (!stageKey) {
        problems.push({ where, message: `stage "${named || '(none)'}" is not in stages.yml; skipped` });
        continue;
      }
      if (named && named !== stageKey)
        problems.push({ where, message: `stage "${named}" is not in stages.yml; placed under ${stageKey}` });
      categories.push({
        key: key.toLowerCase(),
        stageKey,
        name: (str(value.name) || titleCase(key)).slice(0, 200),
        description: str(value.description),
        documentationUrl: httpUrl(value.documentation),
        maturity: str(value.maturity) || null,
        position: categories.length,
      });
    }
  }
  return { stages, categories, problems };
}

// ---------------------------------------------------------------------------------------------
// Release posts

/** Sections of a release-post file that are not product changes, and why they are skipped. */
const notFeatures: Record<string, string> = {
  tertiary: 'bug-fix, performance and usability roll-ups name no single feature',
  mvp: 'the MVP recognition is not a product change',
  upgrades: 'upgrade notes are operational advice, not features',
  extras: 'extras are announcements, not features',
  cta: 'calls to action are not features',
};

function changeFrom(entry: Record<string, unknown>, significance: Significance, file: string): ChangeItem {
  return {
    name: str(entry.name) || str(entry.feature_name) || str(entry.title),
    significance,
    stage: str(entry.stage).toLowerCase() || null,
    categories: list(entry.categories),
    tiers: [...new Set(list(entry.available_in).map(normalizeTier))],
    description: str(entry.description) || str(entry.body),
    documentationUrl: httpUrl(entry.documentation_link ?? entry.documentation_url),
    sourceFile: file,
  };
}

/** Reads one release-post file: its features, deprecations and removals, and what it skipped. */
export function readReleasePostFile(file: { name: string; content: string }): {
  changes: ChangeItem[];
  report: FileReport;
} {
  const report: FileReport = { file: file.name, imported: 0, skipped: [], error: null };
  const changes: ChangeItem[] = [];
  if (!/\.ya?ml$/i.test(file.name)) {
    report.error = 'not a YAML file (.yml or .yaml)';
    return { changes, report };
  }
  const doc = parseYaml(file.content, 'the file');
  if (doc.error) {
    report.error = doc.error.replace(/^the file /, '');
    return { changes, report };
  }
  if (!isRecord(doc.value)) {
    report.error = 'holds no sections (expected features:, deprecations: or removals:)';
    return { changes, report };
  }
  const take = (entries: unknown, significance: Significance, section: string) => {
    if (!Array.isArray(entries)) {
      report.skipped.push({ what: section, reason: 'is not a list of entries' });
      return;
    }
    entries.forEach((entry, index) => {
      if (!isRecord(entry)) {
        report.skipped.push({ what: `${section}[${index}]`, reason: 'is not a mapping' });
        return;
      }
      const change = changeFrom(entry, significance, file.name);
      if (!change.name) {
        report.skipped.push({ what: `${section}[${index}]`, reason: 'has no name' });
        return;
      }
      changes.push(change);
    });
  };
  for (const [section, value] of Object.entries(doc.value)) {
    if (section === 'features' && isRecord(value)) {
      for (const [tier, entries] of Object.entries(value)) {
        // "top" is the release's headline feature: a primary feature at least.
        if (tier === 'top' || tier === 'primary') take(entries, 'primary', `features.${tier}`);
        else if (tier === 'secondary') take(entries, 'secondary', `features.${tier}`);
        else
          report.skipped.push({
            what: `features.${tier}`,
            reason: 'only top, primary and secondary features are imported',
          });
      }
    } else if (section === 'deprecations') take(value, 'deprecation', section);
    else if (section === 'removals') take(value, 'removal', section);
    else
      report.skipped.push({
        what: section,
        reason: notFeatures[section] ?? 'not a section of features, deprecations or removals',
      });
  }
  report.imported = changes.length;
  if (changes.length === 0 && report.skipped.length === 0)
    report.skipped.push({ what: 'the file', reason: 'has no entries' });
  return { changes, report };
}

const isSignificance = (value: string): value is Significance =>
  (significances as readonly string[]).includes(value);

function plainChange(
  raw: Record<string, unknown>,
  file: string,
  where: string,
  report: FileReport,
): ChangeItem | null {
  const significance = str(raw.significance).toLowerCase();
  const name = str(raw.name);
  if (!name) {
    report.skipped.push({ what: where, reason: 'has no name' });
    return null;
  }
  if (!significance) {
    report.skipped.push({
      what: `${where} "${name}"`,
      reason: `has no significance (one of ${significances.join(', ')})`,
    });
    return null;
  }
  if (!isSignificance(significance)) {
    report.skipped.push({
      what: where,
      reason: `significance "${significance}" is not one of ${significances.join(', ')}`,
    });
    return null;
  }
  const categories = typeof raw.categories === 'string' ? raw.categories.split(/[;|]/) : list(raw.categories);
  const tiers = typeof raw.tiers === 'string' ? raw.tiers.split(/[;|,]/) : list(raw.tiers);
  return {
    name,
    significance,
    stage: str(raw.stage).toLowerCase() || null,
    categories: categories.map((c) => c.trim()).filter(Boolean),
    tiers: [
      ...new Set(
        tiers
          .map((t) => t.trim())
          .filter(Boolean)
          .map(normalizeTier),
      ),
    ],
    description: str(raw.description),
    documentationUrl: httpUrl(raw.documentation_link ?? raw.documentationUrl),
    sourceFile: file,
  };
}

/** A plain release: JSON `{ "changes": [...] }` (or a bare array), or CSV with a header row. */
export function readPlainReleaseFile(
  file: { name: string; content: string },
  format: 'json' | 'csv',
): { changes: ChangeItem[]; report: FileReport } {
  const report: FileReport = { file: file.name, imported: 0, skipped: [], error: null };
  let rows: unknown[] = [];
  if (format === 'json') {
    try {
      const value = JSON.parse(file.content) as unknown;
      rows = Array.isArray(value)
        ? value
        : isRecord(value) && Array.isArray(value.changes)
          ? value.changes
          : [];
      if (rows.length === 0) report.error = 'expected {"changes": [...]} or an array of changes';
    } catch (error) {
      report.error = `is not valid JSON: ${(error as Error).message}`;
    }
  } else {
    const parsed = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (header) => header.trim().toLowerCase(),
    });
    if (!parsed.meta.fields?.includes('name')) report.error = 'the CSV header has no "name" column';
    else rows = parsed.data;
  }
  const changes: ChangeItem[] = [];
  rows.forEach((row, index) => {
    const where = format === 'csv' ? `row ${index + 2}` : `changes[${index}]`;
    if (!isRecord(row)) report.skipped.push({ what: where, reason: 'is not an object' });
    else {
      const change = plainChange(row, file.name, where, report);
      if (change) changes.push(change);
    }
  });
  report.imported = changes.length;
  return { changes, report };
}
