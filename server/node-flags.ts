/**
 * Flags the server's Node.js process starts with, wherever it is started: `npm start` and
 * `npm run dev` (package.json), `npx showcase` (bin/showcase.js's first line), the browser tests
 * and the benchmarks. node-flags.test.ts checks the first two carry them.
 *
 * --initial-old-space-size=256: the V8 heap may grow to 256 MB before its first full collection.
 * Every chunk an upload reads off a socket is memory outside the heap that V8 counts toward the
 * next full collection; with the default start (a limit just above the ~40 MB the app keeps live),
 * a run of 10 MB uploads set off a full mark-compact every 8 MB, 24 of them (500 ms of the
 * request thread) per 200 MB. With 256 MB: 2 (46 ms). See ARCHITECTURE.md, "Uploads".
 */
export const SERVER_NODE_FLAGS = ['--initial-old-space-size=256'] as const;
