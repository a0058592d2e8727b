import { formatKeys } from '../../../shared/library.ts';
import { demoActions, type PolicyPrincipal } from '../../../shared/policies.ts';
import type {
  Catalogue,
  CatalogueItem,
  Demo,
  DemoFlag,
  DemoList,
  DemoSummary,
  FileReport,
  Release,
  ReleaseSummary,
} from '../../../shared/schemas/demos.ts';
import type { ReleaseRow } from '../../db/schema.ts';
import type { getCatalogue } from './catalogue.service.ts';
import type { CatalogueItemRow } from './demos.repository.ts';
import type { DemoFacts, DemoLookups, FlagRow, getDemo, listDemos } from './demos.service.ts';
import type { getRelease } from './releases.service.ts';

/** A demo as the freshness view lists it. */
export function presentDemoSummary(facts: DemoFacts, lookups: DemoLookups): DemoSummary {
  const { row, flags } = facts;
  const term = (id: string | null) => {
    const found = id ? lookups.terms.get(id) : undefined;
    return found ? { id: found.id, name: found.name } : null;
  };
  return {
    id: row.asset_id,
    title: row.title,
    status: row.status,
    format: term(row.format_id),
    owner: row.owner_id ? { id: row.owner_id, name: lookups.users.get(row.owner_id) ?? '' } : null,
    persona: term(row.persona_id),
    productVersion: row.product_version,
    versionLag: facts.versionLag,
    ageDays: facts.ageDays,
    lastVerifiedOn: row.last_verified_on,
    state: facts.state,
    score: facts.score,
    openFlags: flags.filter((flag) => flag.state === 'open').length,
    steps: row.step_count,
    clickThrough: Boolean(
      row.format_id && lookups.terms.get(row.format_id)?.key === formatKeys.clickThroughDemo,
    ),
  };
}

export function presentDemoList(list: Awaited<ReturnType<typeof listDemos>>): DemoList {
  return {
    items: list.items.map((facts) => presentDemoSummary(facts, list.lookups)),
    counts: list.counts,
    latestVersion: list.latestVersion,
  };
}

/** Step numbers a flag's reasons name ("… step 3 of 7 …"). */
const stepsNamed = (reasons: string[]) =>
  [
    ...new Set(
      reasons.flatMap((reason) => [...reason.matchAll(/step (\d+) of \d+/g)].map((m) => Number(m[1]))),
    ),
  ].sort((a, b) => a - b);

export function presentFlag(flag: FlagRow, demo: { id: string; name: string }): DemoFlag {
  return {
    id: flag.id,
    demo,
    release: { id: flag.release_id, version: flag.version },
    score: flag.score,
    reasons: flag.reasons,
    state: flag.state,
    dismissReason: flag.dismiss_reason,
    request:
      flag.request_id && flag.request_number !== null
        ? { id: flag.request_id, number: flag.request_number, state: flag.request_state ?? '' }
        : null,
    flaggedSteps: stepsNamed(flag.reasons),
    createdAt: flag.created_at.toISOString(),
    resolvedAt: flag.resolved_at?.toISOString() ?? null,
  };
}

/** One demo: its summary, storyboard, script figures, trail (steps live flags name are marked), flags. */
export function presentDemo(detail: Awaited<ReturnType<typeof getDemo>>, actor: PolicyPrincipal): Demo {
  const { facts, steps, derived } = detail;
  const { row, flags } = facts;
  const demoRef = { id: row.asset_id, name: row.title };
  const live = flags.filter((flag) => flag.state === 'open' || flag.state === 'requested');
  const flaggedPositions = new Set(live.flatMap((flag) => stepsNamed(flag.reasons)));
  return {
    ...presentDemoSummary(facts, detail.lookups),
    environment: row.environment,
    keyTakeaway: row.key_takeaway,
    storyboard: detail.storyboard,
    script: detail.script,
    trail: steps.map((step) => ({
      position: step.position,
      core: step.core,
      note: step.note,
      stage: { id: step.stage_id, name: step.stage_name },
      category: { id: step.category_id, name: step.category_name },
      feature: step.feature_id ? { id: step.feature_id, name: step.feature_name ?? '' } : null,
      flagged: flaggedPositions.has(step.position),
    })),
    flags: flags.map((flag) => presentFlag(flag, demoRef)),
    derivedFrom: derived.parent,
    derivatives: derived.children,
    personaOverrideReason: row.persona_override_reason,
    allowedActions: demoActions(actor, { status: row.status, ownerId: row.owner_id }),
    version: row.version,
  };
}

/** What creating something in the catalogue or filing a demo update answers. */
export const presentCreated = (row: { id: string }) => ({ id: row.id });
export const presentFiledRequest = (row: { id: string; number: number }, attached: boolean) => ({
  id: row.id,
  number: row.number,
  attached,
});

/** The catalogue as a tree: stages → categories (with how many demos walk through each) → features. */
export function presentCatalogue(data: Awaited<ReturnType<typeof getCatalogue>>): Catalogue {
  const { stages, categories, features, demoCounts } = data;
  return {
    stages: stages.map((stage) => ({
      id: stage.id,
      key: stage.key,
      name: stage.name,
      description: stage.description,
      version: stage.version,
      categories: categories
        .filter((category) => category.stage_id === stage.id)
        .map((category) => ({
          id: category.id,
          key: category.key,
          stageId: category.stage_id,
          name: category.name,
          description: category.description,
          documentationUrl: category.documentation_url,
          maturity: category.maturity,
          tiers: category.tiers,
          version: category.version,
          demoCount: demoCounts.get(category.id) ?? 0,
          features: features
            .filter((feature) => feature.category_id === category.id)
            .map((feature) => ({
              id: feature.id,
              categoryId: feature.category_id,
              name: feature.name,
              description: feature.description,
              documentationUrl: feature.documentation_url,
              tiers: feature.tiers,
              introducedIn: feature.introduced_in,
              version: feature.version,
            })),
        })),
    })),
  };
}

/** One stage, category or feature without its children: what an edit of it answers. */
export function presentCatalogueItem(found: CatalogueItemRow): CatalogueItem {
  const base = { ok: true as const, kind: found.kind, version: found.row.version };
  if (found.kind === 'stages') {
    const { row } = found;
    return {
      ...base,
      item: { id: row.id, key: row.key, name: row.name, description: row.description, version: row.version },
    };
  }
  if (found.kind === 'categories') {
    const { row } = found;
    return {
      ...base,
      item: {
        id: row.id,
        key: row.key,
        stageId: row.stage_id,
        name: row.name,
        description: row.description,
        documentationUrl: row.documentation_url,
        maturity: row.maturity,
        tiers: row.tiers,
        version: row.version,
      },
    };
  }
  const { row } = found;
  return {
    ...base,
    item: {
      id: row.id,
      categoryId: row.category_id,
      name: row.name,
      description: row.description,
      documentationUrl: row.documentation_url,
      tiers: row.tiers,
      introducedIn: row.introduced_in,
      version: row.version,
    },
  };
}

export function presentReleaseSummary(
  row: ReleaseRow,
  counts: { change_count: number; raised: number; quiet: number },
): ReleaseSummary {
  return {
    id: row.id,
    version: row.version,
    releasedOn: row.released_on,
    source: row.source,
    changeCount: counts.change_count,
    flags: { raised: counts.raised, quiet: counts.quiet },
    createdAt: row.created_at.toISOString(),
  };
}

/** A release with its report and its changes, catalogue links named. */
export function presentRelease(detail: Awaited<ReturnType<typeof getRelease>>): Release {
  const { row, changes, flags, catalogue } = detail;
  const stageNames = new Map(catalogue.stages.map((s) => [s.id, s.name]));
  const categoryNames = new Map(catalogue.categories.map((c) => [c.id, c.name]));
  const featureNames = new Map(catalogue.features.map((f) => [f.id, f.name]));
  const ref = (id: string | null, names: Map<string, string>) =>
    id && names.has(id) ? { id, name: names.get(id) ?? '' } : null;
  const quiet = flags.filter((flag) => flag.state === 'quiet').length;
  return {
    ...presentReleaseSummary(row, { change_count: changes.length, raised: flags.length - quiet, quiet }),
    report: row.report as FileReport[],
    changes: changes.map((change) => ({
      id: change.id,
      name: change.name,
      significance: change.significance,
      stage: ref(change.stage_id, stageNames),
      categories: change.category_ids.flatMap((id) => ref(id, categoryNames) ?? []),
      unknownCategories: change.unknown_categories,
      feature: ref(change.feature_id, featureNames),
      tiers: change.tiers,
      description: change.description,
      documentationUrl: change.documentation_url,
      sourceFile: change.source_file,
    })),
  };
}
