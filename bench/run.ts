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
};

// Arguments starting with -- are options for the benchmarks themselves (web: --no-build; soak:
// --clients 20), and so is a number following one.
const args = process.argv.slice(2);
const requested = args.filter(
  (arg, i) => !arg.startsWith('--') && !(args[i - 1]?.startsWith('--') && /^\d+(\.\d+)?$/.test(arg)),
);
const names = requested.length > 0 ? requested : Object.keys(benchmarks);
for (const name of names) {
  const load = benchmarks[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  await (await load()).run();
}
