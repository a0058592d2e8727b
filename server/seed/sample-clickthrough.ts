import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { PlayerEvent, Redaction, RelativeBox } from '../../shared/clickthrough.ts';
import type { Database } from '../db/connect.ts';
import type { Principal } from '../http/context.ts';
import { recordPlayerEvents } from '../modules/clickthrough/clickthrough.events.service.ts';
import { burnRedactions, putImage } from '../modules/clickthrough/clickthrough.images.ts';
import * as repo from '../modules/clickthrough/clickthrough.repository.ts';
import { publishClickThrough, syncClickThroughTrail } from '../modules/clickthrough/clickthrough.service.ts';
import type { Storage } from '../storage/storage.ts';
import { generator } from './sample-engagement.ts';
import { findClickThroughSample } from './seed.repository.ts';

type Db = Database['db'];

/**
 * Lumenstack's two click-through demos, with screenshots we draw ourselves: an SVG of a fake
 * Lumenstack screen (1920×1080) rendered by sharp. "Set up your first pipeline" shows the Pipeline
 * editor, which the sample 4.7 release changes, so it opens flagged with its steps marked;
 * "Vulnerability triage" has a leaked token blurred out of one screenshot.
 */

interface Screen {
  /** Sidebar entry shown as current. */
  nav: string;
  heading: string;
  rows: string[];
  /** A highlighted button: label and where it is (pixels of the 1920×1080 screen). */
  button: { label: string; x: number; y: number; w: number; h: number };
  /** A line of monospaced text in a panel (code, a token). */
  code?: string;
}

const W = 1920;
const H = 1080;
const navItems = ['Projects', 'Pipelines', 'Runners', 'Security', 'Vulnerabilities', 'Settings'];
const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function svgOf(screen: Screen): string {
  const nav = navItems
    .map((item, i) => {
      const y = 150 + i * 64;
      const on = item === screen.nav;
      return `${on ? `<rect x="16" y="${y - 38}" width="248" height="52" rx="8" fill="#2b3550"/>` : ''}<text x="40" y="${y}" font-size="26" fill="${on ? '#ffffff' : '#a9b3c9'}">${esc(item)}</text>`;
    })
    .join('');
  const rows = screen.rows
    .map((row, i) => {
      const y = 330 + i * 96;
      const status = ['#2fb37a', '#e0a030', '#2fb37a', '#d9534f', '#2fb37a'][i % 5];
      return `<rect x="340" y="${y}" width="1520" height="80" rx="10" fill="#ffffff" stroke="#dde2ec"/><circle cx="380" cy="${y + 40}" r="12" fill="${status}"/><text x="410" y="${y + 50}" font-size="28" fill="#1f2633">${esc(row)}</text><text x="1700" y="${y + 50}" font-size="24" fill="#6b7589">${(i * 7 + 3) % 60} min ago</text>`;
    })
    .join('');
  const code = screen.code
    ? `<rect x="340" y="${330 + screen.rows.length * 96 + 20}" width="1520" height="110" rx="10" fill="#1f2633"/><text x="380" y="${330 + screen.rows.length * 96 + 90}" font-size="30" font-family="monospace" fill="#e6edf3">${esc(screen.code)}</text>`
    : '';
  const b = screen.button;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="${W}" height="${H}" fill="#f4f6fa"/>
<rect width="280" height="${H}" fill="#1b2236"/>
<text x="40" y="64" font-size="34" font-weight="bold" fill="#ffffff">Lumenstack</text>
${nav}
<rect x="280" width="${W - 280}" height="88" fill="#ffffff" stroke="#dde2ec"/>
<text x="340" y="56" font-size="26" fill="#6b7589">hello-api / ${esc(screen.nav)}</text>
<circle cx="1840" cy="44" r="24" fill="#7c5cff"/>
<text x="340" y="220" font-size="52" font-weight="bold" fill="#1f2633">${esc(screen.heading)}</text>
${rows}${code}
<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="10" fill="#4d6bfe"/>
<text x="${b.x + b.w / 2}" y="${b.y + b.h / 2 + 10}" font-size="28" text-anchor="middle" fill="#ffffff">${esc(b.label)}</text>
</svg>`;
}

interface SampleStep {
  kind?: 'intro' | 'step' | 'closing';
  title: string;
  body: string;
  chapter?: string;
  /** "Category" or "Category › Feature" of the sample catalogue. */
  shows?: string;
  screen?: Screen;
  redact?: Redaction[];
  advance?: 'hotspot' | 'next';
  cta?: { text: string; url: string };
}

const button = (label: string, x = 1600, y = 200) => ({ label, x, y, w: 260, h: 64 });

const pipelineDemo: SampleStep[] = [
  {
    kind: 'intro',
    title: 'Your first pipeline, {{first_name|there}}',
    body: 'Ten clicks from an empty repository to a green pipeline for **{{company|your team}}**.',
    advance: 'next',
  },
  {
    title: 'Open the project',
    body: 'Start from the *hello-api* project: an empty repository with one commit.',
    chapter: 'Set up',
    shows: 'Source Code',
    screen: {
      nav: 'Projects',
      heading: 'hello-api',
      rows: ['README.md', 'main.go', 'go.mod'],
      button: button('Set up CI'),
    },
  },
  {
    title: 'Open the pipeline editor',
    body: 'The editor starts from a template that fits the language it finds.',
    chapter: 'Set up',
    shows: 'Pipelines › Pipeline editor',
    screen: {
      nav: 'Pipelines',
      heading: 'Pipeline editor',
      rows: ['Template: Go service', 'Stages: build, test, deploy'],
      button: button('Use template'),
      code: 'stages: [build, test, deploy]',
    },
  },
  {
    title: 'Check the configuration',
    body: 'Lint runs as you type, so a typo never reaches a runner.',
    chapter: 'Set up',
    shows: 'Pipelines › Pipeline editor',
    screen: {
      nav: 'Pipelines',
      heading: 'Pipeline editor',
      rows: ['Configuration is valid', '3 jobs in 3 stages'],
      button: button('Commit changes', 1600, 900),
      code: 'test: { script: [go test ./...] }',
    },
  },
  {
    title: 'Watch the first run',
    body: 'The commit starts the pipeline at once.',
    chapter: 'Run',
    shows: 'Pipelines',
    screen: {
      nav: 'Pipelines',
      heading: 'Pipeline #1',
      rows: ['build — running', 'test — pending', 'deploy — pending'],
      button: button('View job', 1600, 330),
    },
  },
  {
    title: 'Pick a runner',
    body: 'Shared runners pick the job up; no machine to set up.',
    chapter: 'Run',
    shows: 'Runners',
    screen: {
      nav: 'Runners',
      heading: 'Runners',
      rows: ['shared-linux-1 — online', 'shared-linux-2 — online'],
      button: button('Details', 1600, 330),
    },
  },
  {
    title: 'Turn on caching',
    body: 'Cache Go modules between runs: the second run takes a third of the time.',
    chapter: 'Speed up',
    shows: 'Build Cache',
    screen: {
      nav: 'Pipelines',
      heading: 'Pipeline editor',
      rows: ['Cache: go-mod (key: go.sum)'],
      button: button('Commit changes', 1600, 900),
      code: 'cache: { key: { files: [go.sum] }, paths: [.go/pkg/mod] }',
    },
  },
  {
    title: 'A green pipeline',
    body: 'Build, test and deploy passed in **2 min 14 s**.',
    chapter: 'Speed up',
    shows: 'Pipelines',
    screen: {
      nav: 'Pipelines',
      heading: 'Pipeline #2 passed',
      rows: ['build — passed', 'test — passed', 'deploy — passed'],
      button: button('Open environment'),
    },
  },
  {
    title: 'Publish the artifact',
    body: 'The built binary is kept in the artifact registry.',
    chapter: 'Ship',
    shows: 'Artifact Registry',
    screen: {
      nav: 'Projects',
      heading: 'Artifacts',
      rows: ['hello-api-linux-amd64 (8.1 MB)'],
      button: button('Download', 1600, 330),
    },
  },
  {
    kind: 'closing',
    title: 'Try it on your own project',
    body: 'Set up your first pipeline in ten minutes, {{first_name|there}}.',
    cta: { text: 'Start a free trial', url: 'https://lumenstack.example/trial?company={{company}}' },
    advance: 'next',
  },
];

/** The leaked token's box on the vulnerability screens (relative to 1920×1080). */
const tokenBox: Redaction = { x: 340 / W, y: 638 / H, w: 1520 / W, h: 110 / H, style: 'blur' };

const triageDemo: SampleStep[] = [
  {
    kind: 'intro',
    title: 'Ten minutes of triage',
    body: 'Clear the day’s new findings for **{{company|your team}}**, most important first.',
    advance: 'next',
  },
  {
    title: 'Open the vulnerability report',
    body: 'Every finding of every project in the group, on one page.',
    chapter: 'Find',
    shows: 'Security Dashboard › Vulnerability report',
    screen: {
      nav: 'Vulnerabilities',
      heading: 'Vulnerability report',
      rows: ['Critical: 2', 'High: 11', 'Medium: 48'],
      button: button('Filter'),
    },
  },
  {
    title: 'Sort by severity',
    body: 'Critical findings first; the rest can wait for tomorrow.',
    chapter: 'Find',
    shows: 'Security Dashboard › Vulnerability report',
    screen: {
      nav: 'Vulnerabilities',
      heading: 'Critical and high',
      rows: ['SQL injection in payments/api', 'Leaked token in ci/deploy.sh', 'Outdated openssl'],
      button: button('Sort'),
    },
  },
  {
    title: 'Open the leaked token',
    body: 'Secret detection found a deploy token in a script. The token is blurred here.',
    chapter: 'Fix',
    shows: 'Secret Detection',
    screen: {
      nav: 'Vulnerabilities',
      heading: 'Leaked token in ci/deploy.sh',
      rows: ['Found in commit 4f2a9c1', 'Severity: critical', 'Status: needs triage'],
      button: button('Revoke token'),
      code: 'DEPLOY_TOKEN=lmst_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    },
    redact: [tokenBox],
  },
  {
    title: 'Revoke it',
    body: 'One click revokes the token and opens an issue to rotate it.',
    chapter: 'Fix',
    shows: 'Secret Detection',
    screen: {
      nav: 'Vulnerabilities',
      heading: 'Token revoked',
      rows: ['Issue #412 opened', 'Owner notified'],
      button: button('View issue'),
    },
  },
  {
    title: 'Check a dependency',
    body: 'Is the vulnerable function reachable? The report says so.',
    chapter: 'Fix',
    shows: 'Dependency Scanning',
    screen: {
      nav: 'Security',
      heading: 'openssl 1.1.1k',
      rows: ['Reachable: no', 'Fixed in 1.1.1w'],
      button: button('Create merge request'),
    },
  },
  {
    title: 'Fix it in a merge request',
    body: 'The update comes as a merge request with the pipeline already green.',
    chapter: 'Fix',
    shows: 'Merge Requests',
    screen: {
      nav: 'Projects',
      heading: 'Update openssl to 1.1.1w',
      rows: ['Pipeline passed', '1 approval needed'],
      button: button('Approve'),
    },
  },
  {
    title: 'Dismiss what does not apply',
    body: 'A finding in test code is dismissed with a reason, for the audit trail.',
    chapter: 'Close',
    shows: 'Security Dashboard › Vulnerability report',
    screen: {
      nav: 'Vulnerabilities',
      heading: 'Dismiss finding',
      rows: ['Reason: used in tests only'],
      button: button('Dismiss'),
    },
  },
  {
    title: 'Done for today',
    body: 'Nothing critical left open.',
    chapter: 'Close',
    shows: 'Security Dashboard',
    screen: {
      nav: 'Security',
      heading: 'Security dashboard',
      rows: ['Critical: 0', 'High: 9', 'Medium: 48'],
      button: button('Export'),
    },
  },
  {
    kind: 'closing',
    title: 'Triage your own findings',
    body: 'See your group’s report in Lumenstack.',
    cta: { text: 'Book a walkthrough', url: 'https://lumenstack.example/demo?company={{company}}' },
    advance: 'next',
  },
];

const samples: { title: string; steps: SampleStep[]; tokens: Record<string, string> }[] = [
  {
    title: 'Click-through: set up your first pipeline',
    steps: pipelineDemo,
    tokens: { company: 'your team' },
  },
  { title: 'Vulnerability triage in ten minutes a day', steps: triageDemo, tokens: { company: 'your team' } },
];

const hotspotOf = (b: Screen['button']): RelativeBox => ({ x: b.x / W, y: b.y / H, w: b.w / W, h: b.h / H });

/** Screens are rendered straight to WebP (what normalisation makes of an upload), all at once. */
async function render(screen: Screen): Promise<Buffer> {
  return sharp(Buffer.from(svgOf(screen)))
    .webp({ quality: 80, effort: 0 })
    .toBuffer();
}

/**
 * Seeds the steps of the two sample click-through demos (whose demo records sample-demos made),
 * their trails from the steps, and publishes each once. Answers how many steps it wrote.
 */
export async function seedSampleClickThroughs(options: {
  db: Db;
  storage: Storage;
  principal: Principal;
  now: Date;
  catalogue: { categories: Map<string, string>; features: Map<string, { id: string; categoryId: string }> };
}): Promise<number> {
  const { db, storage, now } = options;
  let written = 0;
  const found = await Promise.all(samples.map((sample) => findClickThroughSample(db, sample.title)));
  const images = await Promise.all(
    samples.map((sample, i) =>
      found[i] ? Promise.all(sample.steps.map((step) => (step.screen ? render(step.screen) : null))) : [],
    ),
  );
  for (const [i, sample] of samples.entries()) {
    const demo = found[i];
    if (!demo) continue;
    await repo.ensureSettings(db, demo.asset_id, now);
    await repo.setTokens(db, demo.asset_id, sample.tokens, now);
    for (const [index, step] of sample.steps.entries()) {
      const id = randomUUID();
      let bytes = images[i]?.[index] ?? null;
      if (bytes && step.redact) bytes = (await burnRedactions(bytes, step.redact)).bytes;
      const key = bytes ? `click-through/${demo.asset_id}/steps/${id}-1.webp` : null;
      if (key && bytes) await putImage(storage, key, bytes);
      const feature = step.shows ? options.catalogue.features.get(step.shows) : undefined;
      await repo.insertStep(db, {
        id,
        demo_id: demo.asset_id,
        position: index + 1,
        kind: step.kind ?? 'step',
        image_key: key,
        image_version: key ? 1 : 0,
        width: key ? W : null,
        height: key ? H : null,
        hotspot: step.screen ? JSON.stringify(hotspotOf(step.screen.button)) : null,
        title: step.title,
        body: step.body,
        chapter: step.chapter ?? null,
        category_id:
          feature?.categoryId ?? (step.shows ? (options.catalogue.categories.get(step.shows) ?? null) : null),
        feature_id: feature?.id ?? null,
        advance: step.advance ?? 'hotspot',
        cta_text: step.cta?.text ?? null,
        cta_url: step.cta?.url ?? null,
        redactions: JSON.stringify(step.redact ?? []),
        updated_at: now,
      });
      written++;
    }
    await syncClickThroughTrail(db, demo.asset_id);
    const version = await publishClickThrough({
      db,
      storage,
      id: demo.asset_id,
      principal: options.principal,
      now,
    });
    await seedSampleSessions(db, demo.asset_id, version.id, now, 20261204 + i);
  }
  return written;
}

/** Sample sessions per demo: enough for a funnel with a shape. */
const SAMPLE_SESSIONS = 160;

/**
 * A few months of viewers through the player's own ingestion path (recordPlayerEvents): each
 * session goes on from a step with a chance that falls as the demo goes on, some click the call to
 * action, those who reach the end complete it. Seeded, so every sample workspace gets the same.
 */
async function seedSampleSessions(db: Db, assetId: string, versionId: string, now: Date, seed: number) {
  const random = generator(seed);
  const steps = await repo.listSteps(db, assetId);
  for (let n = 0; n < SAMPLE_SESSIONS; n++) {
    const started = new Date(
      now.getTime() - Math.floor(random() * 75) * 86_400_000 - Math.floor(random() * 36_000_000),
    );
    const events: PlayerEvent[] = [{ kind: 'session_start', at: 0 }];
    let at = 0;
    let reached = 0;
    for (const [index, step] of steps.entries()) {
      if (index > 0 && random() > 0.93 - index * 0.015) break;
      at += 2_000 + Math.floor(random() * (step.kind === 'step' ? 9_000 : 4_000));
      events.push({ kind: 'step_viewed', stepId: step.id, at });
      if (step.kind === 'step') events.push({ kind: 'hotspot_clicked', stepId: step.id, at: at + 1_500 });
      reached = index + 1;
    }
    const last = steps[reached - 1];
    if (reached === steps.length && last) {
      if (last.cta_text && random() < 0.35)
        events.push({ kind: 'cta_clicked', stepId: last.id, at: at + 2_500 });
      events.push({ kind: 'completed', at: at + 3_000 });
    }
    await recordPlayerEvents({
      db,
      now: started,
      assetId,
      body: { versionId, sessionId: randomUUID(), events },
      client: { userAgent: `Sample viewer ${seed}-${n}` },
    });
  }
}
