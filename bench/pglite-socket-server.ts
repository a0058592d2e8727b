import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Candidate (a) of the embedded engine, for `npm run bench -- engine`: PGlite in a process of its
 * own, serving the PostgreSQL wire protocol on a loopback port, so the app talks to it through `pg`
 * as it does to a server.
 *
 *   node bench/pglite-socket-server.ts <data folder> <port> [max connections]
 *
 * PGlite is one PostgreSQL session. PGLiteSocketServer accepts up to `maxConnections` sockets
 * (default 1; more are refused with "Too many connections") and runs their protocol messages one
 * at a time from a single queue; while a transaction is open only the socket that opened it is
 * served. Session state (prepared statements, SET) is shared by every socket, so the benchmark
 * runs the app with DATABASE_POOL_SIZE=1 and allows a second socket only so that a connection the
 * pool is replacing cannot lock the new one out.
 */
const [dataDir, port, connections] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error('usage: node bench/pglite-socket-server.ts <data folder> <port> [max connections]');
  process.exit(2);
}
mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
const server = new PGLiteSocketServer({
  db,
  host: '127.0.0.1',
  port: Number(port),
  maxConnections: Number(connections ?? 2),
});
await server.start();
console.log(`listening on 127.0.0.1:${port}`);

const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
