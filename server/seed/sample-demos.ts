import type { Database } from '../db/connect.ts';
import type { Principal } from '../http/context.ts';
import { keyFrom } from '../modules/demos/catalogue.service.ts';
import * as repo from '../modules/demos/demos.repository.ts';
import { requestDemoUpdate } from '../modules/demos/demos.service.ts';
import { importRelease } from '../modules/demos/releases.service.ts';
import type { Storage } from '../storage/storage.ts';
import { seedSampleClickThroughs } from './sample-clickthrough.ts';
import { findTopOpenFlag, listAssetOwners, listAssetPersonas, listTmms } from './seed.repository.ts';

type Db = Database['db'];

/** Lumenstack's product catalogue: stage → category → features (written for the sample). */
const catalogue: [string, [string, string[]][]][] = [
  [
    'Plan',
    [
      ['Boards', ['Board swimlanes']],
      ['Roadmaps', []],
      ['Value Stream Analytics', ['Cycle time chart']],
    ],
  ],
  [
    'Code',
    [
      ['Source Code', []],
      ['Merge Requests', ['Merge request approvals']],
      ['Code Review', ['Review summaries']],
      ['Web IDE', []],
    ],
  ],
  [
    'Build',
    [
      ['Pipelines', ['Pipeline editor', 'Merge trains']],
      ['Runners', ['Autoscaling runners']],
      ['Build Cache', []],
      ['Artifact Registry', []],
    ],
  ],
  [
    'Secure',
    [
      ['Static Analysis', ['SAST in merge requests']],
      ['Dependency Scanning', []],
      ['Secret Detection', ['Legacy secret rules']],
      ['Security Dashboard', ['Vulnerability report']],
    ],
  ],
  [
    'Govern',
    [
      ['Compliance Frameworks', ['Compliance pipelines']],
      ['Audit Events', []],
      ['Policies', []],
    ],
  ],
  [
    'Deploy',
    [
      ['Environments', ['Classic environment dashboard', 'Protected environments']],
      ['Deployment Approvals', []],
      ['Feature Flags', []],
      ['GitOps Agent', ['Drift detection']],
    ],
  ],
  [
    'Observe',
    [
      ['DORA Metrics', []],
      ['Incident Management', []],
      ['Error Tracking', []],
    ],
  ],
];

interface SampleDemo {
  title: string;
  version: string;
  environment: string;
  /** "Category" or "Category › Feature"; a leading "~" marks an incidental step. */
  trail: string[];
  painPoint: string;
  story: string;
  hook: { shows: string; why: string; script: string };
}

const demos: SampleDemo[] = [
  {
    title: 'Lumenstack in 5 minutes: from commit to production',
    version: '4.5',
    environment: 'demo.lumenstack.example / storefront',
    trail: ['~Boards', 'Merge Requests', 'Pipelines', '~Static Analysis', 'Environments', '~DORA Metrics'],
    painPoint: 'Changes wait days between commit and production',
    story: 'One change to the storefront goes from an issue to production before the coffee gets cold.',
    hook: {
      shows: 'a one-line fix reaching production',
      why: 'every handoff the platform removes is a day saved',
      script: 'This fix took four minutes to reach production. Here is every step it passed through.',
    },
  },
  {
    title: 'Click-through: set up your first pipeline',
    version: '4.6',
    environment: 'demo.lumenstack.example / hello-api',
    trail: ['~Source Code', 'Pipelines › Pipeline editor', 'Runners', '~Build Cache', '~Artifact Registry'],
    painPoint: 'The first pipeline takes a day of reading',
    story: 'A new developer goes from an empty repository to a green pipeline with caching.',
    hook: {
      shows: 'a green pipeline on an empty repository',
      why: 'the first ten minutes decide whether a team adopts CI',
      script: 'An empty repository, and ten clicks later a green pipeline.',
    },
  },
  {
    title: 'GitOps for platform teams',
    version: '4.4',
    environment: 'workshop cluster (kind) + demo.lumenstack.example / env-repo',
    trail: [
      '~Source Code',
      'GitOps Agent › Drift detection',
      'Environments',
      '~Deployment Approvals',
      '~Feature Flags',
    ],
    painPoint: 'Clusters drift from what the repository says',
    story: 'The platform team makes the environment repository the only way to change a cluster.',
    hook: {
      shows: 'a cluster healing itself after a manual change',
      why: 'drift is how outages start',
      script: 'Someone just edited production by hand. Watch the agent put it back.',
    },
  },
  {
    title: 'Shift-left security scanning in merge requests',
    version: '4.5',
    environment: 'demo.lumenstack.example / payments',
    trail: [
      'Merge Requests',
      'Static Analysis › SAST in merge requests',
      'Dependency Scanning',
      'Secret Detection › Legacy secret rules',
      '~Security Dashboard',
    ],
    painPoint: 'Security findings arrive after the release',
    story: 'A developer fixes an injection flaw and a leaked key before the merge request is approved.',
    hook: {
      shows: 'a vulnerability caught in the merge request',
      why: 'a fix before merge costs minutes, after release it costs weeks',
      script: 'This merge request has a SQL injection in it. The developer will fix it before lunch.',
    },
  },
  {
    title: 'Vulnerability triage in ten minutes a day',
    version: '4.6',
    environment: 'demo.lumenstack.example / payments',
    trail: [
      'Security Dashboard › Vulnerability report',
      '~Dependency Scanning',
      '~Merge Requests',
      '~Incident Management',
    ],
    painPoint: 'Hundreds of findings and no order to work them in',
    story: 'A security engineer clears the day’s new findings by severity and reachability.',
    hook: {
      shows: 'the day’s findings sorted by what matters',
      why: 'triage time is the bottleneck, not scanning',
      script: 'Two hundred findings. Ten minutes. Here is the order to work them in.',
    },
  },
  {
    title: 'Compliance pipelines: analyst briefing',
    version: '4.3',
    environment: 'analyst sandbox / regulated-bank',
    trail: [
      'Compliance Frameworks › Compliance pipelines',
      'Policies',
      'Pipelines',
      'Audit Events',
      '~Deployment Approvals',
    ],
    painPoint: 'Auditors ask for evidence nobody collected',
    story: 'Every project in a regulated group runs the controls, and the evidence collects itself.',
    hook: {
      shows: 'a control no project can skip',
      why: 'evidence gathered by the pipeline is evidence nobody forgets',
      script: 'No project in this group can skip these controls, and here is the proof.',
    },
  },
  {
    title: 'Value stream metrics for engineering leaders',
    version: '4.6',
    environment: 'demo.lumenstack.example / group analytics',
    trail: ['Value Stream Analytics › Cycle time chart', '~Boards', 'DORA Metrics', '~Merge Requests'],
    painPoint: 'Leaders cannot see where work waits',
    story: 'An engineering manager finds the stage where work waits longest and fixes it.',
    hook: {
      shows: 'where work waits, in one chart',
      why: 'you cannot speed up what you cannot see',
      script: 'Work waits three days in review. This chart found it in one click.',
    },
  },
  {
    title: 'Internal developer platform in a day',
    version: '4.5',
    environment: 'workshop cluster + demo.lumenstack.example / platform-templates',
    trail: ['~Source Code', 'Pipelines', 'Environments', 'GitOps Agent', '~Feature Flags', '~DORA Metrics'],
    painPoint: 'Every team builds its own delivery path',
    story: 'A platform team ships a golden path that new services adopt in minutes.',
    hook: {
      shows: 'a new service on the golden path',
      why: 'one path means one place to fix things',
      script: 'A new service, on the golden path, in under five minutes.',
    },
  },
  {
    title: 'Release showcase: what is new in 4.2',
    version: '4.2',
    environment: 'demo.lumenstack.example / storefront',
    trail: ['~Merge Requests', 'Code Review › Review summaries', 'Pipelines › Merge trains', '~Environments'],
    painPoint: 'Customers miss what each release adds',
    story: 'The three changes in 4.2 that save a reviewer the most time.',
    hook: {
      shows: 'the three changes that matter in 4.2',
      why: 'a release is only useful if people notice it',
      script: 'Three changes in 4.2 that give reviewers an hour back every week.',
    },
  },
  {
    title: 'Field workshop: CI/CD fundamentals',
    version: '4.8',
    environment: 'workshop groups, one per attendee',
    trail: ['Source Code', 'Pipelines', 'Runners', 'Environments', '~Deployment Approvals'],
    painPoint: 'Attendees leave workshops without a working pipeline',
    story: 'Every attendee leaves with a pipeline that builds, tests and deploys their own service.',
    hook: {
      shows: 'every attendee’s pipeline deploying',
      why: 'people keep what they built themselves',
      script: 'By the end of this hour, your service will deploy itself.',
    },
  },
  {
    title: 'Security dashboard walkthrough',
    version: '4.7',
    environment: 'demo.lumenstack.example / payments',
    trail: ['Security Dashboard › Vulnerability report', 'Dependency Scanning', '~Policies'],
    painPoint: 'Security posture is a spreadsheet',
    story: 'A CISO sees the posture of every project on one page.',
    hook: {
      shows: 'every project’s risk on one page',
      why: 'posture reviews take minutes, not a week of spreadsheets',
      script: 'Every project, every finding, one page.',
    },
  },
  {
    title: 'Analyst evaluation: platform demo script',
    version: '4.6',
    environment: 'analyst sandbox',
    trail: ['Boards', 'Merge Requests', 'Pipelines', 'Static Analysis', 'Environments', 'DORA Metrics'],
    painPoint: 'Analysts want the whole lifecycle in thirty minutes',
    story: 'The evaluation scenario from plan to measure, in the analysts’ order.',
    hook: {
      shows: 'the full lifecycle on one project',
      why: 'analysts score what they see working end to end',
      script: 'One project, from plan to measure, exactly in the order of your questionnaire.',
    },
  },
  {
    title: 'Deployment approvals and protected environments',
    version: '4.6',
    environment: 'demo.lumenstack.example / payments',
    trail: ['Environments › Protected environments', 'Deployment Approvals', '~Audit Events', '~Policies'],
    painPoint: 'Anyone can deploy to production',
    story: 'Production deploys need two approvals, and the audit trail shows who gave them.',
    hook: {
      shows: 'a deploy waiting for two approvals',
      why: 'separation of duties without a ticket queue',
      script: 'This deploy is waiting for two people. Here is who, and why.',
    },
  },
  {
    title: 'Environments dashboard tour',
    version: '4.5',
    environment: 'demo.lumenstack.example / storefront',
    trail: [
      'Environments › Classic environment dashboard',
      '~Deployment Approvals',
      '~DORA Metrics',
      '~Incident Management',
    ],
    painPoint: 'Nobody knows what is running where',
    story: 'An engineering manager sees every environment’s version, health and last deploy at a glance.',
    hook: {
      shows: 'what runs where, at a glance',
      why: 'the first question in every incident is what changed',
      script: 'What is running in production right now? One screen answers it.',
    },
  },
];

/** Two releases: written so their impact touches a handful of the demos above, at different scores. */
const releases: { version: string; daysAgo: number; changes: object[] }[] = [
  {
    version: '4.7',
    daysAgo: 34,
    changes: [
      {
        name: 'Merge trains show queue position',
        significance: 'primary',
        stage: 'build',
        categories: ['Pipelines'],
      },
      {
        name: 'Autoscaling runners on spot capacity',
        significance: 'secondary',
        stage: 'build',
        categories: ['Runners'],
      },
      { name: 'Legacy secret rules', significance: 'deprecation' },
      { name: 'Board swimlanes by label', significance: 'secondary', stage: 'plan', categories: ['Boards'] },
    ],
  },
  {
    version: '4.8',
    daysAgo: 4,
    changes: [
      { name: 'Classic environment dashboard', significance: 'removal' },
      { name: 'Visual policy editor', significance: 'primary', stage: 'govern', categories: ['Policies'] },
      {
        name: 'Review summaries with quick actions',
        significance: 'secondary',
        stage: 'code',
        categories: ['Code Review'],
      },
      {
        name: 'Drift detection alerts',
        significance: 'primary',
        stage: 'deploy',
        categories: ['GitOps Agent'],
      },
    ],
  },
];

function scenesFor(demo: SampleDemo) {
  const steps = demo.trail
    .filter((step) => !step.startsWith('~'))
    .map((step) => step.split(' › ').at(-1) ?? step);
  return [
    { title: 'Hook', shows: demo.hook.shows, whyItMatters: demo.hook.why, script: demo.hook.script },
    ...steps.map((step) => ({
      title: step,
      shows: `${step} on the demo project`,
      whyItMatters: demo.painPoint.toLowerCase().replace(/^./, (c) => c.toLowerCase()),
      script: `Now ${step.toLowerCase()}. ${demo.story} Notice what we did not have to do: no ticket, no handoff, no waiting.`,
    })),
    {
      title: 'Close',
      shows: 'the outcome and the next step',
      whyItMatters: 'one takeaway to remember',
      script: `That is the whole story: ${demo.story.charAt(0).toLowerCase()}${demo.story.slice(1)} Try it on your own project next.`,
    },
  ];
}

/**
 * Seeds the catalogue, gives the sample library's demos their persona, trail and storyboard, then
 * imports two releases so the freshness view opens with flags of different scores.
 */
export async function seedSampleDemos(db: Db, now: Date, storage?: Storage): Promise<number> {
  if ((await repo.allStages(db)).length > 0) return 0;
  const categoryIds = new Map<string, string>();
  const featureIds = new Map<string, { id: string; categoryId: string }>();
  for (const [position, [stageName, categories]] of catalogue.entries()) {
    const stage = await repo.insertStage(db, { key: keyFrom(stageName), name: stageName, position });
    for (const [index, [categoryName, features]] of categories.entries()) {
      const category = await repo.insertCategory(db, {
        key: keyFrom(categoryName),
        stage_id: stage.id,
        name: categoryName,
        position: index,
        tiers: ['free', 'premium', 'ultimate'],
      });
      categoryIds.set(categoryName, category.id);
      for (const featureName of features) {
        const feature = await repo.insertFeature(db, {
          category_id: category.id,
          name: featureName,
          introduced_in: '4.0',
        });
        featureIds.set(`${categoryName} › ${featureName}`, { id: feature.id, categoryId: category.id });
      }
    }
  }
  const assets = await listAssetOwners(db);
  const byTitle = new Map(assets.map((asset) => [asset.title, asset]));
  const personaOf = await listAssetPersonas(db);
  let seeded = 0;
  for (const demo of demos) {
    const asset = byTitle.get(demo.title);
    if (!asset) continue;
    await repo.upsertDemo(db, asset.id, {
      persona_id: personaOf.find((row) => row.asset_id === asset.id)?.id ?? null,
      product_version: demo.version,
      environment: demo.environment,
      storyboard: JSON.stringify({
        painPoints: [demo.painPoint],
        story: demo.story,
        scenes: scenesFor(demo),
      }),
      derived_from_id: null,
      persona_override_reason: null,
      updated_at: now,
    });
    await repo.replaceDemoSteps(
      db,
      asset.id,
      demo.trail.map((raw, index) => {
        const name = raw.replace(/^~/, '');
        const feature = featureIds.get(name);
        return {
          position: index + 1,
          category_id: feature?.categoryId ?? (categoryIds.get(name) as string),
          feature_id: feature?.id ?? null,
          core: !raw.startsWith('~'),
        };
      }),
    );
    seeded++;
  }

  const [tmm] = await listTmms(db);
  if (!tmm) return seeded;
  const principal: Principal = {
    userId: tmm.id,
    email: tmm.email,
    name: tmm.name,
    role: 'tmm',
    via: 'session',
  };
  // Click-through demos' steps (and screenshots, which need the file storage) before the
  // releases, so their impact analysis reads the trails the steps make.
  if (storage)
    await seedSampleClickThroughs({
      db,
      storage,
      principal,
      now,
      catalogue: { categories: categoryIds, features: featureIds },
    });
  for (const release of releases) {
    await importRelease({
      db,
      actorId: principal.userId,
      now,
      input: {
        format: 'json',
        version: release.version,
        releasedOn: new Date(now.getTime() - release.daysAgo * 86_400_000).toISOString().slice(0, 10),
        files: [
          {
            name: `lumenstack-${release.version}.json`,
            content: JSON.stringify({ changes: release.changes }),
          },
        ],
        dryRun: false,
        replace: true,
      },
    });
  }
  // One flag already on its way to an update, so every state of the freshness view shows.
  const top = await findTopOpenFlag(db);
  if (top) await requestDemoUpdate({ db, id: top.id, principal, now });
  return seeded;
}
