import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import {
  builderWarnings,
  fillTokens,
  type PlayerDocument,
  type PlayerStep,
  type Redaction,
  tokensIn,
} from '../../../shared/clickthrough.ts';
import { formatKeys } from '../../../shared/library.ts';
import type { Role } from '../../../shared/roles.ts';
import type { CreateStepInput, StepPatch } from '../../../shared/schemas/clickthrough.ts';
import type { Database } from '../../db/connect.ts';
import type { ClickThroughStepRow } from '../../db/schema.ts';
import { bumpVersion, type ExpectedVersion } from '../../db/versions.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../http/context.ts';
import type { IncomingFile } from '../../http/multipart.ts';
import { markdownExcerpt, renderMarkdown } from '../../markdown.ts';
import type { Storage } from '../../storage/storage.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { replaceDemoTrail } from '../demos/demos.service.ts';
import { findAsset, getVisibleAsset, inTransaction, saveAsset } from '../library/library.service.ts';
import { getWorkspace } from '../settings/settings.service.ts';
import { identifiedRecipient, openLink, requireOpen } from '../sharing/sharing.service.ts';
import {
  burnRedactions,
  normaliseScreenshot,
  putImage,
  readStored,
  readUpload,
  storedImageType,
} from './clickthrough.images.ts';
import { renderPlayerPage } from './clickthrough.page.ts';
import { draftImageUrl, stepFacts } from './clickthrough.presenter.ts';
import * as repo from './clickthrough.repository.ts';

type Db = Database['db'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
type Demo = NonNullable<Awaited<ReturnType<typeof repo.findClickThroughDemo>>>;

const stepKey = (demoId: string, stepId: string, n: number) =>
  `click-through/${demoId}/steps/${stepId}-${n}.webp`;
const versionKey = (demoId: string, versionId: string, stepId: string, n: number) =>
  `click-through/${demoId}/versions/${versionId}/${stepId}-${n}.webp`;

/** The address public links point at: the configured public URL, else where Showcase listens. */
export function publicBaseUrl(env: { SHOWCASE_PUBLIC_URL?: string; PORT: number }): string {
  return env.SHOWCASE_PUBLIC_URL
    ? env.SHOWCASE_PUBLIC_URL.replace(/\/+$/, '')
    : `http://localhost:${env.PORT}`;
}

async function clickThroughDemo(db: Db, id: string): Promise<Demo | undefined> {
  const demo = await repo.findClickThroughDemo(db, id);
  return demo?.format_key === formatKeys.clickThroughDemo ? demo : undefined;
}

/** A click-through demo the caller may see (404 otherwise; 409 for a demo of another format). */
async function openDemo(db: Db, id: string, role: Role): Promise<Demo> {
  await getVisibleAsset({ db, id, role });
  const demo = await repo.findClickThroughDemo(db, id);
  if (!demo) throw new AppError('not_found', 'This asset has no demo details yet; save them first');
  if (demo.format_key !== formatKeys.clickThroughDemo)
    throw new AppError(
      'conflict',
      'Only click-through demos have steps; set the asset’s format to “Click-through demo”',
    );
  return demo;
}

/**
 * One edit of a click-through draft: the demo is checked, the draft's version counted (412 when
 * If-Match names an older one; the edit changes nothing then), the work done and the demo's
 * trail brought in step with the steps, in one transaction.
 */
async function draftEdit<T>(
  options: { db: Db; id: string; principal: Principal; now: Date; expected?: ExpectedVersion },
  work: (db: Db, demo: Demo) => Promise<T>,
): Promise<{ version: number; result: T }> {
  return inTransaction(options.db, async (db) => {
    const demo = await openDemo(db, options.id, options.principal.role);
    await repo.ensureSettings(db, demo.asset_id, options.now);
    const version = (await bumpVersion(db, 'click_through_settings', demo.asset_id, options.expected)) ?? 1;
    const result = await work(db, demo);
    await syncClickThroughTrail(db, demo.asset_id);
    return { version, result };
  });
}

/**
 * The demo's feature trail is its steps that name a catalogue category or feature, in order, so
 * release impact analysis (modules/demos) flags a click-through demo through its steps.
 */
export async function syncClickThroughTrail(db: Db, demoId: string) {
  const steps = await repo.listSteps(db, demoId);
  await replaceDemoTrail({
    db,
    id: demoId,
    steps: steps
      .filter((step) => step.category_id || step.feature_id)
      .map((step) =>
        step.feature_id ? { featureId: step.feature_id } : { categoryId: step.category_id ?? '' },
      ),
  });
}

/** The builder's view of a draft: steps, token fallbacks, versions, warnings, flagged steps, version. */
export async function getClickThrough(options: { db: Db; id: string; principal: Principal }) {
  const { db } = options;
  const demo = await openDemo(db, options.id, options.principal.role);
  const [steps, settings, versions, flagged] = await Promise.all([
    repo.listSteps(db, demo.asset_id),
    repo.findSettings(db, demo.asset_id),
    repo.listVersions(db, demo.asset_id),
    repo.flaggedStepIds(db, demo.asset_id),
  ]);
  return {
    demo,
    steps,
    tokens: settings?.tokens ?? {},
    versions,
    warnings: builderWarnings(steps.map(stepFacts)),
    flaggedStepIds: flagged,
    version: settings?.version ?? 1,
  };
}

/** Checks a step's catalogue links and CTA rules; answers the column values of a patch. */
async function stepValues(db: Db, patch: StepPatch, current?: ClickThroughStepRow) {
  const fields: Record<string, string> = {};
  if (patch.categoryId && !(await repo.findCategory(db, patch.categoryId)))
    fields.categoryId = 'must be a category of the catalogue';
  // A feature without a category names its own category; with one, it must belong to it.
  let featureCategory: string | undefined;
  if (patch.featureId) {
    const feature = await repo.findFeature(db, patch.featureId);
    if (!feature) fields.featureId = 'must be a feature of the catalogue';
    else if (patch.categoryId && feature.category_id !== patch.categoryId)
      fields.featureId = 'must be a feature of the step’s category';
    else featureCategory = feature.category_id;
  }
  const advance = patch.advance ?? current?.advance ?? 'hotspot';
  const timer = patch.timerSeconds === undefined ? current?.timer_seconds : patch.timerSeconds;
  if (advance === 'timer' && !timer) fields.timerSeconds = 'is required when the step advances on a timer';
  if (Object.keys(fields).length > 0)
    throw new AppError('validation_failed', 'Some step fields are invalid', { fields });
  const values: Partial<Record<string, unknown>> = {};
  if (patch.kind !== undefined) values.kind = patch.kind;
  if (patch.hotspot !== undefined) values.hotspot = patch.hotspot ? JSON.stringify(patch.hotspot) : null;
  if (patch.title !== undefined) values.title = patch.title;
  if (patch.body !== undefined) values.body = patch.body;
  if (patch.chapter !== undefined) values.chapter = patch.chapter || null;
  if (patch.categoryId !== undefined) values.category_id = patch.categoryId;
  if (featureCategory) values.category_id = featureCategory;
  if (patch.featureId !== undefined) values.feature_id = patch.featureId;
  if (patch.advance !== undefined) values.advance = patch.advance;
  if (patch.timerSeconds !== undefined) values.timer_seconds = patch.timerSeconds;
  if (patch.cta !== undefined) {
    values.cta_text = patch.cta?.text ?? null;
    values.cta_url = patch.cta?.url ?? null;
  }
  return values;
}

async function placeAt(db: Db, demoId: string, position: number | undefined) {
  const last = await repo.lastPosition(db, demoId);
  if (position === undefined || position > last) return last + 1;
  await repo.shiftFrom(db, demoId, position);
  return position;
}

/** A text-only step (intro, closing, or one whose screenshot comes later), appended or at `position`. */
export async function createStep(options: {
  db: Db;
  id: string;
  input: CreateStepInput;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  return draftEdit(options, async (db, demo) => {
    const { position, ...patch } = options.input;
    const values = await stepValues(db, patch);
    return repo.insertStep(db, {
      ...values,
      demo_id: demo.asset_id,
      kind: options.input.kind,
      position: await placeAt(db, demo.asset_id, position),
      updated_at: options.now,
    });
  });
}

/**
 * A screenshot: a new step at the end, or the new image of `stepId`. The file is checked and
 * normalised before anything is stored; a replaced image's file is deleted once the new one is
 * in place (its redactions went with it).
 */
export async function uploadScreenshot(options: {
  db: Db;
  storage: Storage;
  id: string;
  file: IncomingFile;
  stepId?: string;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  const { db, storage } = options;
  // Checked before the upload is read: a caller who may not edit the demo sends nothing to sharp.
  await openDemo(db, options.id, options.principal.role);
  const shot = await normaliseScreenshot(
    await readUpload(options.file.stream, options.file.name),
    options.file.name,
  );
  const stepId = options.stepId ?? randomUUID();
  let key: string | undefined;
  try {
    const outcome = await draftEdit(options, async (trx, demo) => {
      const current = options.stepId
        ? await repo.findStep(trx, demo.asset_id, options.stepId, true)
        : undefined;
      if (options.stepId && !current)
        throw new AppError('not_found', 'Step not found', {
          fields: { stepId: 'is not a step of this demo' },
        });
      const n = (current?.image_version ?? 0) + 1;
      key = stepKey(demo.asset_id, stepId, n);
      await putImage(storage, key, shot.bytes);
      const image = {
        image_key: key,
        image_version: n,
        width: shot.width,
        height: shot.height,
        redactions: '[]',
        updated_at: options.now,
      };
      const row = current
        ? await repo.updateStep(trx, demo.asset_id, stepId, image)
        : await repo.insertStep(trx, {
            ...image,
            id: stepId,
            demo_id: demo.asset_id,
            kind: 'step',
            position: await placeAt(trx, demo.asset_id, undefined),
          });
      return { row: row as ClickThroughStepRow, replaced: current?.image_key ?? null };
    });
    if (outcome.result.replaced) await storage.delete(outcome.result.replaced);
    return { version: outcome.version, result: outcome.result.row };
  } catch (error) {
    if (key) await storage.delete(key).catch(() => {});
    throw error;
  }
}

export async function updateStepFields(options: {
  db: Db;
  id: string;
  stepId: string;
  patch: StepPatch;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  return draftEdit(options, async (db, demo) => {
    const current = await repo.findStep(db, demo.asset_id, options.stepId, true);
    if (!current) throw new AppError('not_found', 'Step not found');
    const values = await stepValues(db, options.patch, current);
    return (await repo.updateStep(db, demo.asset_id, current.id, {
      ...values,
      updated_at: options.now,
    })) as ClickThroughStepRow;
  });
}

export async function reorderSteps(options: {
  db: Db;
  id: string;
  stepIds: string[];
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  return draftEdit(options, async (db, demo) => {
    const steps = await repo.listSteps(db, demo.asset_id);
    const given = new Set(options.stepIds);
    const known = new Set(steps.map((step) => step.id));
    if (
      given.size !== options.stepIds.length ||
      given.size !== known.size ||
      ![...given].every((id) => known.has(id))
    )
      throw new AppError('validation_failed', 'Send every step of the demo once, in the new order', {
        fields: { stepIds: `must list each of the demo’s ${known.size} steps exactly once` },
      });
    await repo.setOrder(db, demo.asset_id, options.stepIds, options.now);
    return repo.listSteps(db, demo.asset_id);
  });
}

/** Removes a step, then its draft screenshot (published versions keep their own copies). */
export async function removeStep(options: {
  db: Db;
  storage: Storage;
  id: string;
  stepId: string;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  const outcome = await draftEdit(options, async (db, demo) => {
    const removed = await repo.deleteStep(db, demo.asset_id, options.stepId);
    if (!removed) throw new AppError('not_found', 'Step not found');
    await repo.closeGap(db, demo.asset_id, removed.position);
    return removed.image_key;
  });
  if (outcome.result) await options.storage.delete(outcome.result);
  return outcome;
}

/**
 * Burns redaction boxes into a step's screenshot and into every published copy of it: each image
 * is written under a new key and the old file deleted, so the original pixels are nowhere in
 * storage (nor in what is served, exported or backed up). The boxes are added to the step's record.
 */
export async function redactStep(options: {
  db: Db;
  storage: Storage;
  id: string;
  stepId: string;
  redactions: Redaction[];
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  const { storage } = options;
  const written: string[] = [];
  try {
    const outcome = await draftEdit(options, async (db, demo) => {
      const step = await repo.findStep(db, demo.asset_id, options.stepId, true);
      if (!step) throw new AppError('not_found', 'Step not found');
      if (!step.image_key)
        throw new AppError('conflict', 'This step has no screenshot to redact', {
          fields: { redactions: 'the step has no screenshot' },
        });
      const n = step.image_version + 1;
      const burned = await burnRedactions(await readStored(storage, step.image_key), options.redactions);
      const key = stepKey(demo.asset_id, step.id, n);
      await putImage(storage, key, burned.bytes);
      written.push(key);
      const old = [step.image_key];
      for (const copy of await repo.versionImagesOfStep(db, demo.asset_id, step.id)) {
        const copyBurned = await burnRedactions(
          await readStored(storage, copy.storage_key),
          options.redactions,
        );
        const copyKey = versionKey(demo.asset_id, copy.version_id, step.id, n);
        await putImage(storage, copyKey, copyBurned.bytes);
        written.push(copyKey);
        await repo.setVersionImageKey(db, copy.version_id, step.id, copyKey);
        old.push(copy.storage_key);
      }
      const row = (await repo.updateStep(db, demo.asset_id, step.id, {
        image_key: key,
        image_version: n,
        width: burned.width,
        height: burned.height,
        redactions: JSON.stringify([...step.redactions, ...options.redactions]),
        updated_at: options.now,
      })) as ClickThroughStepRow;
      return { row, old };
    });
    for (const key of outcome.result.old) await storage.delete(key);
    return { version: outcome.version, result: outcome.result.row };
  } catch (error) {
    for (const key of written) await storage.delete(key).catch(() => {});
    throw error;
  }
}

export async function setTokenFallbacks(options: {
  db: Db;
  id: string;
  tokens: Record<string, string>;
  principal: Principal;
  now: Date;
  expected?: ExpectedVersion;
}) {
  return draftEdit(options, async (db, demo) => {
    await repo.setTokens(db, demo.asset_id, options.tokens, options.now);
    return options.tokens;
  });
}

// --- documents --------------------------------------------------------------------------------

function playerStep(row: ClickThroughStepRow, imageUrl: string | null): PlayerStep {
  return {
    id: row.id,
    kind: row.kind,
    image:
      imageUrl && row.width && row.height ? { url: imageUrl, width: row.width, height: row.height } : null,
    hotspot: row.hotspot,
    title: row.title,
    bodyHtml: renderMarkdown(row.body),
    bodyText: markdownExcerpt(row.body, 100_000),
    chapter: row.chapter,
    advance:
      row.advance === 'timer' ? { kind: 'timer', seconds: row.timer_seconds ?? 5 } : { kind: row.advance },
    cta: row.cta_text && row.cta_url ? { text: row.cta_text, url: row.cta_url } : null,
  };
}

/** The fallback of each token the steps use: the demo's setting, else the one written in the text. */
function usedTokens(steps: ClickThroughStepRow[], fallbacks: Record<string, string>): Record<string, string> {
  const used: Record<string, string> = {};
  for (const step of steps)
    for (const text of [step.title, step.body, step.cta_text ?? '', step.cta_url ?? ''])
      for (const [name, inline] of tokensIn(text)) used[name] = fallbacks[name] || used[name] || inline;
  return used;
}

function documentOf(
  demo: Demo,
  steps: ClickThroughStepRow[],
  fallbacks: Record<string, string>,
  version: { id: string; number: number },
  imageUrl: (row: ClickThroughStepRow) => string | null,
): PlayerDocument {
  return {
    assetId: demo.asset_id,
    versionId: version.id,
    version: version.number,
    title: demo.title,
    steps: steps.map((row) => playerStep(row, row.image_key ? imageUrl(row) : null)),
    tokens: usedTokens(steps, fallbacks),
    eventsUrl: `/api/play/${demo.asset_id}/events`,
  };
}

export const publishedImageUrl = (assetId: string, versionId: string, stepId: string) =>
  `/play/${assetId}/v/${versionId}/images/${stepId}`;

/** What publishing now would freeze, with the draft's image URLs (the builder's preview). */
export async function previewDocument(options: { db: Db; id: string; principal: Principal }) {
  const { demo, steps, tokens, versions } = await getClickThrough(options);
  return {
    ...documentOf(demo, steps, tokens, { id: 'draft', number: (versions[0]?.number ?? 0) + 1 }, (row) =>
      draftImageUrl(demo.asset_id, row),
    ),
    eventsUrl: null,
  };
}

/**
 * Freezes the draft into a new version: the PlayerDocument, and a copy of each screenshot under a
 * key of the version's own, so later edits, redactions of the draft or deleted steps never change
 * what it shows. Step ids carry over, so a version's analytics survive later edits.
 */
export async function publishClickThrough(options: {
  db: Db;
  storage: Storage;
  id: string;
  principal: Principal;
  now: Date;
}) {
  const { storage } = options;
  const written: string[] = [];
  try {
    return await inTransaction(options.db, async (db) => {
      const demo = await openDemo(db, options.id, options.principal.role);
      await repo.ensureSettings(db, demo.asset_id, options.now);
      await repo.lockSettings(db, demo.asset_id);
      const [steps, settings, latest] = await Promise.all([
        repo.listSteps(db, demo.asset_id),
        repo.findSettings(db, demo.asset_id),
        repo.latestVersion(db, demo.asset_id),
      ]);
      if (steps.length === 0) throw new AppError('conflict', 'Add a step before publishing');
      const version = { id: randomUUID(), number: (latest?.number ?? 0) + 1 };
      const images: { version_id: string; step_id: string; storage_key: string; content_type: string }[] = [];
      for (const step of steps) {
        if (!step.image_key) continue;
        const key = versionKey(demo.asset_id, version.id, step.id, step.image_version);
        const bytes = await readStored(storage, step.image_key);
        await putImage(storage, key, bytes);
        written.push(key);
        images.push({
          version_id: version.id,
          step_id: step.id,
          storage_key: key,
          content_type: storedImageType(bytes),
        });
      }
      const document = documentOf(demo, steps, settings?.tokens ?? {}, version, (row) =>
        publishedImageUrl(demo.asset_id, version.id, row.id),
      );
      const row = await repo.insertVersion(db, {
        id: version.id,
        demo_id: demo.asset_id,
        number: version.number,
        document: JSON.stringify(document),
        published_at: options.now,
        published_by: options.principal.userId,
      });
      await repo.insertVersionImages(db, images);
      // The library's step count is what viewers are told before they open the demo: it follows
      // the published version, as an edit of the asset (a library version, in its history).
      const asset = await findAsset({ db, id: demo.asset_id });
      if (asset && asset.step_count !== steps.length)
        await saveAsset({
          db,
          id: demo.asset_id,
          input: { stepCount: steps.length },
          actorId: options.principal.userId,
          today: options.now.toISOString().slice(0, 10),
          expiryDays: (await getWorkspace({ db })).settings.assetExpiryDays,
          note: `Click-through version ${version.number} published`,
        });
      await recordAudit(
        db,
        {
          action: 'click_through.published',
          target: { type: 'asset', id: demo.asset_id, label: demo.title ?? null },
          details: { version: version.number, steps: steps.length },
        },
        options.now,
      );
      return row;
    });
  } catch (error) {
    for (const key of written) await storage.delete(key).catch(() => {});
    throw error;
  }
}

/** A draft screenshot for the builder (anyone who may see the demo). */
export async function openDraftImage(options: {
  db: Db;
  storage: Storage;
  id: string;
  stepId: string;
  role: Role;
}) {
  const demo = await openDemo(options.db, options.id, options.role);
  const step = await repo.findStep(options.db, demo.asset_id, options.stepId);
  if (!step?.image_key) throw new AppError('not_found', 'This step has no screenshot');
  const bytes = await readStored(options.storage, step.image_key);
  return { bytes, contentType: storedImageType(bytes) };
}

// --- public: /play ----------------------------------------------------------------------------

/**
 * The latest published version of a click-through demo for a viewer: anyone when the asset is
 * external and published, otherwise only a signed-in user who may see the asset (404 for
 * everyone else, so an internal demo's existence is not given away).
 */
async function openPlayable(db: Db, id: string, principal: Principal | undefined) {
  const notFound = () => new AppError('not_found', 'No published click-through demo here');
  const demo = await clickThroughDemo(db, id);
  if (!demo) throw notFound();
  const open = demo.visibility === 'external' && demo.status === 'published';
  if (!open) {
    if (!principal) throw notFound();
    await getVisibleAsset({ db, id, role: principal.role }).catch(() => {
      throw notFound();
    });
  }
  return { demo, open };
}

/** Fills the tokens of a document from the viewer's URL parameters (fallbacks where none). */
export function personalise(
  document: PlayerDocument,
  values: Record<string, string | undefined>,
): PlayerDocument {
  const fill = (text: string, encode?: (value: string) => string) =>
    fillTokens(text, values, document.tokens, encode);
  return {
    ...document,
    title: fill(document.title),
    steps: document.steps.map((step) => ({
      ...step,
      title: fill(step.title),
      bodyHtml: fill(step.bodyHtml, escapeHtml),
      bodyText: fill(step.bodyText),
      cta: step.cta ? { text: fill(step.cta.text), url: fill(step.cta.url, encodeURIComponent) } : null,
    })),
  };
}

/** The /play page of a demo: its latest published version as HTML (renderPlayerPage). */
export async function playPage(options: {
  db: Db;
  id: string;
  principal?: Principal;
  embed: boolean;
  values: Record<string, string | undefined>;
  baseUrl: string;
  nonce?: string;
}) {
  const { demo, open } = await openPlayable(options.db, options.id, options.principal);
  const version = await repo.latestVersion(options.db, demo.asset_id);
  if (!version) throw new AppError('not_found', 'This click-through demo has not been published yet');
  const canonicalUrl = `${options.baseUrl}/play/${demo.asset_id}`;
  const html = renderPlayerPage({
    document: personalise(version.document, options.values),
    mode: options.embed ? 'embed' : 'served',
    scriptUrl: '/player/player.js',
    cssUrl: '/player/player.css',
    nonce: options.nonce,
    canonicalUrl,
    oembedUrl: open
      ? `${options.baseUrl}/api/oembed?url=${encodeURIComponent(canonicalUrl)}&format=json`
      : undefined,
  });
  return { html, open };
}

/**
 * The personalisation a share link's recipient gives: `first_name`, `last_name` and `name` from the
 * identified person's name, `company` from the link's company. Braces are taken out of the values
 * so a name cannot smuggle in a token of its own.
 */
export function recipientTokens(
  link: { account_name: string | null },
  recipient: { name: string; email: string } | null,
): Record<string, string> {
  const clean = (text: string) => text.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  const values: Record<string, string> = {};
  const name = clean(recipient?.name ?? '');
  if (name) {
    const [first, ...rest] = name.split(' ');
    values.name = name;
    values.first_name = first ?? name;
    if (rest.length) values.last_name = rest.join(' ');
  }
  const company = clean(link.account_name ?? '');
  if (company) values.company = company;
  return values;
}

/**
 * The player of a share link's click-through demo (`/api/shared/{token}/play`, framed by the link's
 * page): every rule of the link each time (openLink: unknown 404, turned off or expired 410, the
 * asset no longer published, external and safe to share 410; the passcode and email check 403),
 * then the demo's latest published version (404 when the asset is not a published click-through
 * demo). The tokens are filled from the link's recipient only (recipientTokens, fallbacks where
 * it gives nothing); URL parameters are not read. Its events go to the link's own events address,
 * where the visitor's pass cookie is sent, so the session is counted for the link and its person.
 */
export async function sharedPlayPage(options: {
  db: Db;
  token: string;
  grantToken?: string;
  now: Date;
  nonce?: string;
}) {
  const { db } = options;
  const open = await openLink(options);
  requireOpen(open);
  const notPlayable = () => new AppError('not_found', 'This link shares no published click-through demo');
  const demo = await repo.findClickThroughDemo(db, open.asset.id);
  if (!demo || demo.format_key !== formatKeys.clickThroughDemo) throw notPlayable();
  const version = await repo.latestVersion(db, demo.asset_id);
  if (!version) throw notPlayable();
  const recipient = await identifiedRecipient(db, open);
  const document = personalise(
    { ...version.document, eventsUrl: `/api/shared/${encodeURIComponent(options.token)}/play/events` },
    recipientTokens(open.link, recipient),
  );
  return renderPlayerPage({
    document,
    mode: 'embed',
    scriptUrl: '/player/player.js',
    cssUrl: '/player/player.css',
    nonce: options.nonce,
  });
}

/** A published screenshot (immutable: a version's images never change but by redaction). */
export async function openPublishedImage(options: {
  db: Db;
  storage: Storage;
  id: string;
  versionId: string;
  stepId: string;
  principal?: Principal;
}) {
  const { demo, open } = await openPlayable(options.db, options.id, options.principal);
  const image = await repo.findVersionImage(options.db, demo.asset_id, options.versionId, options.stepId);
  if (!image) throw new AppError('not_found', 'No such image in this version');
  return {
    bytes: await readStored(options.storage, image.storage_key),
    contentType: image.content_type,
    open,
  };
}

/** oEmbed (rich) of a public /play URL of this server; 404 for anything else, as the spec asks. */
export async function oembedFor(options: {
  db: Db;
  url: string;
  baseUrl: string;
  maxWidth?: number;
  maxHeight?: number;
}) {
  const notFound = () => new AppError('not_found', 'No public click-through demo at that address');
  let parsed: URL;
  try {
    parsed = new URL(options.url);
  } catch {
    throw new AppError('validation_failed', 'Send the demo’s address', { fields: { url: 'must be a URL' } });
  }
  const match = /^\/play\/([0-9a-f-]{36})\/?$/i.exec(parsed.pathname);
  if (parsed.origin !== new URL(options.baseUrl).origin || !match?.[1]) throw notFound();
  const id = match[1].toLowerCase();
  const { demo, open } = await openPlayable(options.db, id, undefined).catch(() => {
    throw notFound();
  });
  const version = open ? await repo.latestVersion(options.db, demo.asset_id) : undefined;
  if (!version) throw notFound();
  let width = Math.min(960, options.maxWidth ?? 960);
  let height = Math.round((width * 9) / 16);
  if (options.maxHeight && height > options.maxHeight) {
    height = options.maxHeight;
    width = Math.round((height * 16) / 9);
  }
  const src = `${options.baseUrl}/play/${demo.asset_id}?embed=1`;
  const first = version.document.steps.find((step) => step.image);
  return {
    type: 'rich' as const,
    version: '1.0' as const,
    title: demo.title,
    provider_name: 'Showcase',
    html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(demo.title)}" style="border:0" allow="fullscreen" loading="lazy"></iframe>`,
    width,
    height,
    ...(first?.image
      ? {
          thumbnail_url: `${options.baseUrl}${first.image.url}`,
          thumbnail_width: first.image.width,
          thumbnail_height: first.image.height,
        }
      : {}),
  };
}

/**
 * The standalone export of the latest published version: a zip with index.html (the player
 * inlined, no events URL), the images and nothing that needs a network. The player bundle is read
 * from the built web app (web/dist/player); without it, 409.
 */
export async function exportZip(options: {
  db: Db;
  storage: Storage;
  id: string;
  principal: Principal;
  webDist?: string;
}) {
  const { db } = options;
  const demo = await openDemo(db, options.id, options.principal.role);
  const version = await repo.latestVersion(db, demo.asset_id);
  if (!version) throw new AppError('conflict', 'Publish the click-through demo before exporting it');
  const folder = join(options.webDist ?? resolve('web/dist'), 'player');
  const [script, css] = await Promise.all([
    readFile(join(folder, 'player.js'), 'utf8'),
    readFile(join(folder, 'player.css'), 'utf8'),
  ]).catch(() => {
    throw new AppError('conflict', 'The player bundle is missing: build the web app first (npm run build)');
  });
  const images = await repo.versionImages(db, version.id);
  const files: Record<string, Uint8Array> = {};
  const local = new Map<string, string>();
  for (const image of images) {
    const name = `images/${image.step_id}.${image.content_type === 'image/png' ? 'png' : 'webp'}`;
    files[name] = await readStored(options.storage, image.storage_key);
    local.set(image.step_id, name);
  }
  const document: PlayerDocument = {
    ...version.document,
    eventsUrl: null,
    steps: version.document.steps.map((step) => ({
      ...step,
      image: step.image ? { ...step.image, url: local.get(step.id) ?? step.image.url } : null,
    })),
  };
  files['index.html'] = strToU8(
    renderPlayerPage({ document, mode: 'standalone', inlineScript: script, inlineCss: css }),
  );
  const slug =
    demo.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'click-through';
  return { bytes: zipSync(files, { level: 6 }), filename: `${slug}-v${version.number}.zip` };
}
