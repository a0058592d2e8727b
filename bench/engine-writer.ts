import { text } from 'node:stream/consumers';
import { type Dataset, longWrites, type Session } from './engine.ts';

/**
 * One long write of the engine benchmark, run in a process of its own: reads
 * { session, data, paths, index } on stdin, runs longWrites(...)[index] and prints its answer.
 */
const spec = JSON.parse(await text(process.stdin)) as {
  session: Session;
  data: Dataset;
  paths: Record<string, Record<string, unknown>>;
  index: number;
};
const write = longWrites(spec.session, spec.data, spec.paths)[spec.index];
if (!write) throw new Error(`no long write ${spec.index}`);
const response = await write.run();
process.stdout.write(JSON.stringify({ status: response.status, body: response.body }));
