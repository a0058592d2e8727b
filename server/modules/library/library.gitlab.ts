import { parse } from 'yaml';
import type { CreateAssetInput } from '../../../shared/schemas/library.ts';
import { createAssetSchema } from '../../../shared/schemas/library.ts';
import { fieldErrorsFrom } from '../../errors.ts';
import { mapInSlices } from '../../slice.ts';
import type { loadCsvLookups } from './library.csv.ts';
import type { ImportItem } from './library.import.ts';

type Lookups = Awaited<ReturnType<typeof loadCsvLookups>>;

/** GitLab's resource types, mapped to the workspace's default format keys. */
const typeToFormat: Record<string, string> = {
  report: 'report',
  webcast: 'webinar',
  whitepaper: 'white_paper_e_book',
  ebook: 'white_paper_e_book',
  demo: 'demo_video',
  article: 'article',
};

/**
 * GitLab's topic and solution vocabulary, mapped to the names of the default taxonomy. A value
 * with no entry here is matched by name; what still does not match is kept as a tag and reported.
 */
const vocabulary: Record<string, { kind: string; name: string }> = {
  devsecops: { kind: 'solution', name: 'Software Security (DevSecOps)' },
  'security and quality': { kind: 'solution', name: 'Software Security (DevSecOps)' },
  security: { kind: 'use_case', name: 'Security' },
  'project compliance': { kind: 'solution', name: 'Software Compliance' },
  compliance: { kind: 'use_case', name: 'Compliance' },
  'accelerated delivery': { kind: 'solution', name: 'Automated Software Delivery' },
  'continuous integration': { kind: 'use_case', name: 'CI' },
  'ci/cd': { kind: 'use_case', name: 'CI' },
  gitops: { kind: 'use_case', name: 'GitOps' },
  'executive visibility': { kind: 'use_case', name: 'Analytics & Insights' },
  'deliver better products faster': { kind: 'value_driver', name: 'Deliver better products faster' },
  'improve operational efficiencies': { kind: 'value_driver', name: 'Increase operational efficiencies' },
  'reduce security and compliance risk': {
    kind: 'value_driver',
    name: 'Reduce security and compliance risk',
  },
};

const fieldOfKind: Record<string, 'solutionIds' | 'useCaseIds' | 'valueDriverIds'> = {
  solution: 'solutionIds',
  use_case: 'useCaseIds',
  value_driver: 'valueDriverIds',
};

function asList(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return typeof value === 'string' && value.trim() ? [value] : [];
}

function absolute(url: unknown, base: string): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  try {
    return new URL(url.trim(), base).toString();
  } catch {
    return null;
  }
}

/** Maps topic/solution words to taxonomy ids; the rest become tags and notes. */
function classify(values: string[], lookups: Lookups, notes: string[], tags: string[]) {
  const ids: Record<'solutionIds' | 'useCaseIds' | 'valueDriverIds', string[]> = {
    solutionIds: [],
    useCaseIds: [],
    valueDriverIds: [],
  };
  for (const value of values) {
    const key = value.trim().toLowerCase();
    const mapped = vocabulary[key];
    const term = mapped
      ? lookups.term(mapped.kind, mapped.name)
      : (lookups.term('solution', value) ??
        lookups.term('use_case', value) ??
        lookups.term('value_driver', value));
    const field = term ? fieldOfKind[term.kind] : undefined;
    if (term && field) ids[field].push(term.id);
    else {
      tags.push(value.trim());
      notes.push(`“${value.trim()}” matches no solution, use case or value driver; kept as a tag`);
    }
  }
  return ids;
}

function item(
  row: number,
  title: string,
  input: Record<string, unknown>,
  listName: string,
  notes: string[],
): ImportItem {
  const parsed = createAssetSchema.safeParse(input);
  const errors = parsed.success
    ? []
    : Object.entries(fieldErrorsFrom(parsed.error)).map(([field, message]) => `${field} ${message}`);
  return {
    row,
    title,
    input: parsed.success ? (parsed.data as CreateAssetInput) : undefined,
    listNames: [listName],
    errors,
    notes,
  };
}

/**
 * Parses a top-level YAML list. Real files sometimes continue a quoted string on lines with no
 * indentation, which strict YAML rejects (Ruby's parser accepts it); such lines are indented and
 * noted. An entry that still does not parse becomes a rejected row; the others import.
 */
async function parseEntries(text: string): Promise<{
  entries: { value?: Record<string, unknown>; error?: string; notes: string[] }[];
  error?: string;
}> {
  const lines = text.split(/\r?\n/);
  const starts = lines.flatMap((line, index) => (/^- /.test(line) ? [index] : []));
  if (starts.length === 0) {
    try {
      const data = parse(text);
      if (!Array.isArray(data)) return { entries: [], error: 'expected a YAML list of entries' };
    } catch (error) {
      return { entries: [], error: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
    }
    return { entries: [] };
  }
  const entries = await mapInSlices(starts, (start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const notes: string[] = [];
    const chunk = lines.slice(start, end).map((line, offset) => {
      if (offset > 0 && line.trim() && !/^[\s#]/.test(line) && !line.startsWith('---')) {
        notes.push(
          `line ${start + offset + 1}: continuation line without indentation, read as part of the entry`,
        );
        return `    ${line}`;
      }
      return line;
    });
    try {
      const [value] = parse(chunk.join('\n')) as unknown[];
      if (!value || typeof value !== 'object')
        return { error: `line ${start + 1}: entry is not a mapping`, notes };
      return { value: value as Record<string, unknown>, notes };
    } catch (error) {
      return {
        error: `line ${start + 1}: not valid YAML: ${(error as Error).message.split('\n')[0]}`,
        notes,
      };
    }
  });
  return { entries };
}

/**
 * GitLab's public `resources.yml`: every entry becomes a published, external asset in the list
 * "GitLab resources". Entries repeating a URL stay separate assets (their key adds a counter).
 */
export async function itemsFromGitlabResources(
  text: string,
  lookups: Lookups,
): Promise<{ items: ImportItem[]; error?: string }> {
  const { entries: parsed, error } = await parseEntries(text);
  const seen = new Map<string, number>();
  const items = await mapInSlices(parsed, ({ value, error: entryError, notes }, index) => {
    if (!value)
      return { row: index + 1, title: '(unreadable entry)', errors: [entryError ?? 'unreadable'], notes };
    const entry = value;
    const tags: string[] = [];
    const title = String(entry.title ?? '').trim();
    const type = String(entry.type ?? '').trim();
    const formatKey = typeToFormat[type.toLowerCase()];
    const format = formatKey
      ? [...lookups.termById.values()].find((term) => term.kind === 'format' && term.key === formatKey)
      : undefined;
    if (!format) {
      notes.push(`type “${type}” matches no content format; kept as a tag`);
      if (type) tags.push(`type: ${type}`);
    }
    const url = absolute(entry.url, 'https://about.gitlab.com');
    const baseKey = `gitlab-resources:${url ?? title}`;
    const occurrence = (seen.get(baseKey) ?? 0) + 1;
    seen.set(baseKey, occurrence);
    if (occurrence > 1) notes.push(`repeats the URL of an earlier entry; imported as a separate asset`);
    const ids = classify([...asList(entry.topics), ...asList(entry.solutions)], lookups, notes, tags);
    const input = {
      externalKey: occurrence > 1 ? `${baseKey}#${occurrence}` : baseKey,
      title,
      summary: String(entry.teaser ?? '').trim(),
      formatId: format?.id ?? null,
      primaryUrl: url,
      ...ids,
      tags: [...new Set(tags)],
      visibility: 'external',
      safeToShare: true,
      status: 'published',
    };
    return item(index + 1, title || '(no title)', input, 'GitLab resources', notes);
  });
  return { items, error };
}

/** GitLab's public `webcasts.yml`: each landing page becomes a webinar asset with its Markdown body. */
export async function itemsFromGitlabWebcasts(
  text: string,
  lookups: Lookups,
): Promise<{ items: ImportItem[]; error?: string }> {
  const { entries: parsed, error } = await parseEntries(text);
  const webinar = [...lookups.termById.values()].find(
    (term) => term.kind === 'format' && term.key === 'webinar',
  );
  const items = await mapInSlices(parsed, ({ value, error: entryError, notes }, index) => {
    if (!value)
      return { row: index + 1, title: '(unreadable entry)', errors: [entryError ?? 'unreadable'], notes };
    const entry = value;
    const title = String(entry.title ?? '').trim();
    const date = typeof entry.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? entry.date : null;
    if (!date && entry.date)
      notes.push(`date “${String(entry.date)}” is not a date; publish date set at import`);
    const input = {
      externalKey: `gitlab-webcasts:${String(entry.url ?? title)}`,
      title,
      summary: String(entry.description ?? entry.subtitle ?? '').trim(),
      body: String(entry.content ?? '').trim(),
      formatId: webinar?.id ?? null,
      primaryUrl: absolute(
        entry.canonical_path ?? `/webcast/${String(entry.url ?? '')}/`,
        'https://about.gitlab.com',
      ),
      publishedOn: date,
      visibility: 'external',
      safeToShare: true,
      status: 'published',
    };
    return item(index + 1, title || '(no title)', input, 'GitLab webcasts', notes);
  });
  return { items, error };
}
