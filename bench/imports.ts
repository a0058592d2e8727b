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
 * BENCH_IMPORT_ENTRIES (default 10,000). Then (issue 17) a CSV of BENCH_CSV_ROWS (default 10,000)
 * rows into the empty list, dry run and imported, and as many more into the same list once it holds
 * the first ones; with BENCH_CSV_PREFILL=100000 the list holds that many more before the first.
 * BENCH_IMPORT_CASES=csv runs only the CSV cases.
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

/**
 * A CSV in the export format of `count` new assets numbered from `from`, every one in the list
 * `list` (and every tenth also in "Benchmark picks"), tagged, some with a takeaway.
 */
export function libraryCsv(count: number, from = 1, list = 'Benchmark list') {
  const lines = ['external_key,title,summary,primary_url,key_takeaway,tags,visibility,status,lists'];
  for (let i = from; i < from + count; i++)
    lines.push(
      [
        `bench-${i}`,
        `Benchmark asset ${i}`,
        `"What entry ${i} of the benchmark shows, in a sentence or two."`,
        `https://example.test/assets/${i}`,
        i % 3 ? '' : `Takeaway ${i}`,
        `"bench; batch-${Math.floor(i / 1000)}"`,
        'internal',
        'draft',
        i % 10 ? list : `"${list}; Benchmark picks"`,
      ].join(','),
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
  const csvRows = Number(process.env.BENCH_CSV_ROWS ?? 10_000);
  const prefill = Number(process.env.BENCH_CSV_PREFILL ?? 0);
  const server = benchEngines().includes('postgres') ? await postgresServer() : undefined;
  const rows: string[][] = [];
  try {
    for (const engine of benchEngines()) {
      const workspace = await freshWorkspace(engine, server?.url);
      const { counter, plugin } = statementCounter();
      const db = workspace.database.db.withPlugin(plugin);
      const { settings } = await getWorkspace({ db });
      const time = async (
        label: string,
        text: string,
        dryRun: boolean,
        kind: 'gitlab-resources' | 'csv' = 'gitlab-resources',
      ) => {
        const begin = performance.now();
        counter.count = 0;
        const { items } = await readImportFile({ db, kind, text });
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
          `${Math.round(items.length / (took / 1000))}`,
          (counter.count / items.length).toFixed(2),
          `${counts.create} new, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.reject} rejected`,
        ]);
      };
      try {
        if (process.env.BENCH_IMPORT_CASES !== 'csv') {
          const small = gitlabResources(400);
          await time('400 entries, dry run', small, true);
          await time('400 entries, imported', small, false);
          await time('the same 400 again', small, false);
          await time(`${large.toLocaleString('en')} entries, dry run`, gitlabResources(large), true);
        }
        // Issue 17: a CSV of csvRows rows into an empty library, then another into the same list
        // once it holds those (positions continue), each as a dry run and imported.
        if (prefill) {
          // The list already holds `prefill` assets (imported the same way, not timed).
          const { items } = await readImportFile({ db, kind: 'csv', text: libraryCsv(prefill, 1_000_001) });
          await importAssets({
            db,
            items,
            dryRun: false,
            actorId: workspace.userId,
            today: new Date().toISOString().slice(0, 10),
            expiryDays: settings.assetExpiryDays,
          });
        }
        const first = libraryCsv(csvRows);
        const second = libraryCsv(csvRows, csvRows + 1);
        const n = csvRows.toLocaleString('en');
        const before = prefill ? `list holding ${prefill.toLocaleString('en')}` : 'empty library';
        const after = `list holding ${(prefill + csvRows).toLocaleString('en')}`;
        await time(`CSV ${n} rows, ${before}, dry run`, first, true, 'csv');
        await time(`CSV ${n} rows, ${before}, imported`, first, false, 'csv');
        await time(`CSV ${n} more, ${after}, dry run`, second, true, 'csv');
        await time(`CSV ${n} more, ${after}, imported`, second, false, 'csv');
      } finally {
        await workspace.close();
      }
    }
  } finally {
    await server?.stop();
  }
  const header = ['engine', 'import', 'took', 'per entry', 'rows/s', 'statements per entry', 'outcome'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)) + 2);
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(''));
}
