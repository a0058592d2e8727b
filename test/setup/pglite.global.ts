import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openPGlite } from '../../server/db/connect.ts';
import { prepareTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Builds one migrated PGlite data folder and dumps it, so each test file loads it in ~0.4 s instead of ~2 s. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'showcase-pglite-'));
  const dataDir = join(dir, 'data');
  const database = await openPGlite(dataDir);
  await prepareTemplate(database);
  await database.close();
  const raw = await PGlite.create(dataDir);
  const dump = await raw.dumpDataDir('none');
  await raw.close();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
