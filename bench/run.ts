export {};

/**
 * npm run bench -- <name> [...]: runs the named benchmarks (all when none is named) and prints
 * their figures. Each benchmark is a module in bench/ exporting `run()`.
 */
const benchmarks: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  startup: () => import('./startup.ts'),
  library: () => import('./library.ts'),
  requests: () => import('./requests.ts'),
  freshness: () => import('./freshness.ts'),
  jobs: () => import('./jobs.ts'),
  attachments: () => import('./attachments.ts'),
  web: () => import('./web.ts'),
  engine: () => import('./engine.ts'),
  imports: () => import('./imports.ts'),
  soak: () => import('./soak.ts'),
  crash: () => import('./crash.ts'),
  insights: () => import('./insights.ts'),
  distribute: () => import('./distribute.ts'),
  player: () => import('./player.ts'),
  'player-events': () => import('./player-events.ts'),
  fuzz: () => import('./fuzz.ts'),
};

// Arguments starting with -- are options for the benchmarks themselves (web: --no-build; soak:
// --clients 20; crash: --cycles N); a value after an option is not a benchmark name.
const args = process.argv.slice(2);
const requested = args.filter(
  (arg, i) => !arg.startsWith('--') && (i === 0 || !args[i - 1]?.startsWith('--') || arg in benchmarks),
);
// `player` runs `player-events` after the bundle size, so a run of everything runs it once.
const names =
  requested.length > 0 ? requested : Object.keys(benchmarks).filter((name) => name !== 'player-events');
for (const name of names) {
  const load = benchmarks[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  await (await load()).run();
}
