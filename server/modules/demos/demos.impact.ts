import {
  compareVersions,
  type ImpactMatch,
  type Significance,
  scoreImpact,
  versionKey,
} from '../../../shared/demos.ts';
import type { Database } from '../../db/connect.ts';
import { getTermsOfKind } from '../settings/settings.service.ts';
import * as repo from './demos.repository.ts';

type Db = Database['db'];

/** A release change with its catalogue links resolved to ids. */
export interface ResolvedChange {
  name: string;
  significance: Significance;
  categoryIds: string[];
  featureId: string | null;
}

export interface ImpactResult {
  flags: repo.NewDemoFlag[];
  raised: number;
  quiet: number;
}

/**
 * Impact analysis: every published demo whose trail shows a category or feature the release
 * changes gets a score and reasons. Demos recorded on this version or a later one already show
 * the change and are left alone. At or above `threshold` a flag is raised; below it the match
 * is kept quiet. Reads only; the caller stores the result.
 */
export async function analyseRelease(options: {
  db: Db;
  release: { id: string; version: string };
  changes: ResolvedChange[];
  threshold: number;
  now: Date;
}): Promise<ImpactResult> {
  const { db, changes } = options;
  const releaseKey = versionKey(options.release.version) ?? [];
  const byCategory = new Map<string, ResolvedChange[]>();
  const byFeature = new Map<string, ResolvedChange[]>();
  for (const change of changes) {
    for (const id of change.categoryIds) byCategory.set(id, [...(byCategory.get(id) ?? []), change]);
    if (change.featureId)
      byFeature.set(change.featureId, [...(byFeature.get(change.featureId) ?? []), change]);
  }
  const result: ImpactResult = { flags: [], raised: 0, quiet: 0 };
  const steps = await repo.stepsTouching(db, [...byCategory.keys()], [...byFeature.keys()]);
  if (steps.length === 0) return result;

  const demoIds = [...new Set(steps.map((step) => step.demo_id))];
  const [facts, catalogue, solutions] = await Promise.all([
    repo.demoImpactFacts(db, demoIds),
    repo.loadCatalogue(db),
    getTermsOfKind({ db, kind: 'solution' }),
  ]);
  const categoryNames = new Map(catalogue.categories.map((c) => [c.id, c.name]));
  const featureNames = new Map(catalogue.features.map((f) => [f.id, f.name]));
  const activeSolutions = solutions.filter((term) => !term.archived_at);
  const solutionRank = new Map(
    activeSolutions.map((term, rank) => [term.id, { rank, of: activeSolutions.length, name: term.name }]),
  );
  const stepsByDemo = new Map<string, typeof steps>();
  for (const step of steps) stepsByDemo.set(step.demo_id, [...(stepsByDemo.get(step.demo_id) ?? []), step]);

  for (const demo of facts) {
    if (demo.status !== 'published') continue;
    const recorded = demo.product_version ? versionKey(demo.product_version) : null;
    if (recorded && compareVersions(recorded, releaseKey) >= 0) continue;
    const matches: ImpactMatch[] = [];
    for (const step of stepsByDemo.get(demo.id) ?? []) {
      const seen = new Set<ResolvedChange>();
      for (const change of step.feature_id ? (byFeature.get(step.feature_id) ?? []) : []) {
        seen.add(change);
        matches.push({
          change,
          touched: featureNames.get(step.feature_id ?? '') ?? 'a feature',
          direct: true,
          step: { position: step.position, core: step.core },
        });
      }
      for (const change of byCategory.get(step.category_id) ?? []) {
        if (seen.has(change)) continue;
        matches.push({
          change,
          touched: categoryNames.get(step.category_id) ?? 'a category',
          direct: !step.feature_id,
          step: { position: step.position, core: step.core },
        });
      }
    }
    if (matches.length === 0) continue;
    const { score, reasons } = scoreImpact({
      matches,
      trailLength: demo.steps,
      recordedOn: demo.product_version,
      solutionRank: demo.solution_id ? (solutionRank.get(demo.solution_id) ?? null) : null,
      views: demo.view_count,
    });
    const state = score >= options.threshold ? 'open' : 'quiet';
    result[state === 'open' ? 'raised' : 'quiet']++;
    result.flags.push({
      demo_id: demo.id,
      release_id: options.release.id,
      score,
      reasons: JSON.stringify(reasons),
      state,
      created_at: options.now,
      updated_at: options.now,
    });
  }
  return result;
}

/** Stores an analysis: new and changed flags, and drops undecided flags the release no longer raises. */
export async function storeImpact(db: Db, releaseId: string, impact: ImpactResult) {
  await repo.upsertFlags(db, impact.flags);
  await repo.deleteUntouchedFlags(
    db,
    releaseId,
    impact.flags.map((flag) => flag.demo_id),
  );
}
