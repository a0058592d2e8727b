import type { KyselyPlugin } from 'kysely';
import { importAssets } from '../server/modules/library/library.import.ts';
import { readImportFile } from '../server/modules/library/library.sources.ts';
import { getWorkspace } from '../server/modules/settings/settings.service.ts';
import { benchEngines, freshWorkspace, postgresServer } from './support.ts';

/**
 * npm run bench -- imports: how long a library import takes, read and stored exactly as the
 * import job does it (readImportFile, then importAssets in one transaction with a savepoint per
 * entry), on each engine (BENCH_ENGINES, default postgres,embedded): a 400-entry dry run, the
 * same 400 imported, the same file again (every entry unchanged), and a dry run of
 * BENCH_IMPORT_ENTRIES (default 10,000).
 */

/** A GitLab resources.yml of `count` entries, every one a new asset. */
export function gitlabResources(count: number) {
  const topics = ['DevSecOps', 'GitOps', 'CI/CD', 'Security', 'Compliance', 'Platform'];
  const types = ['Report', 'Webcast', 'Whitepaper', 'eBook', 'Demo', 'Article'];
  const lines: string[] = [];
  for (let i = 1; i <= count; i++)
    lines.push(
      `- title: 'Benchmark resource ${i}: ${topics[i % topics.length]} in practice'`,
      `  url: https://example.test/resources/${i}`,
      `  type: '${types[i % types.length]}'`,
      '  topics:',
      `    - ${topics[i % topics.length]}`,
      '  solutions:',
      `    - ${i % 2 ? 'Deliver better products faster' : 'Security'}`,
      `  teaser: "How a team ships ${topics[(i * 7) % topics.length]} work faster, entry ${i} of the benchmark."`,
    );
  return `${lines.join('\n')}\n`;
}

/** Counts the statements sent through a Kysely instance: the figure no busy machine blurs. */
function statementCounter() {
  const counter = { count: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      counter.count++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  return { counter, plugin };
}

export async function run() {
  const large = Number(process.env.BENCH_IMPORT_ENTRIES ?? 10_000);
  const server = benchEngines().includes('postgres') ? await postgresServer() : undefined;
  const rows: string[][] = [];
  try {
    for (const engine of benchEngines()) {
      const workspace = await freshWorkspace(engine, server?.url);
      const { counter, plugin } = statementCounter();
      const db = workspace.database.db.withPlugin(plugin);
      const { settings } = await getWorkspace({ db });
      const time = async (label: string, text: string, dryRun: boolean) => {
        const begin = performance.now();
        counter.count = 0;
        const { items } = await readImportFile({ db, kind: 'gitlab-resources', text });
        const read = performance.now() - begin;
        const result = await importAssets({
          db,
          items,
          dryRun,
          actorId: workspace.userId,
          today: new Date().toISOString().slice(0, 10),
          expiryDays: settings.assetExpiryDays,
        });
        const took = performance.now() - begin;
        const { counts } = result;
        rows.push([
          engine,
          label,
          `${(took / 1000).toFixed(2)} s`,
          `${((took - read) / items.length).toFixed(2)} ms`,
          (counter.count / items.length).toFixed(1),
          `${counts.create} new, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.reject} rejected`,
        ]);
      };
      try {
        const small = gitlabResources(400);
        await time('400 entries, dry run', small, true);
        await time('400 entries, imported', small, false);
        await time('the same 400 again', small, false);
        await time(`${large.toLocaleString('en')} entries, dry run`, gitlabResources(large), true);
      } finally {
        await workspace.close();
      }
    }
  } finally {
    await server?.stop();
  }
  const header = ['engine', 'import', 'took', 'per entry', 'statements per entry', 'outcome'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)) + 2);
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(''));
}
