import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres-server.ts';
import { createTemplate } from './template.ts';

/**
 * Uses TEST_DATABASE_URL when set, otherwise a throwaway server; builds one migrated template
 * database that each test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
  const url = process.env.TEST_DATABASE_URL ?? (server as { url: string }).url;
  const template = await createTemplate(url);
  project.provide('database', { url, template: template.name });
  return async () => {
    await template.drop();
    await server?.stop();
  };
}
