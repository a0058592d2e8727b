import type { TestContext } from './app.ts';

type Client = Awaited<ReturnType<TestContext['as']>>;

/** Term ids by kind and name, from the API. */
export async function termIds(client: Client) {
  const { terms } = (await client.get('/api/settings/terms')).body as {
    terms: { id: string; kind: string; name: string }[];
  };
  return (kind: string, name: string) => {
    const term = terms.find((t) => t.kind === kind && t.name === name);
    if (!term) throw new Error(`no ${kind} ${name}`);
    return term.id;
  };
}

/** Creates a list and returns its id. */
export async function createList(client: Client, name: string): Promise<string> {
  const response = await client.post('/api/lists', { name });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.id;
}

/**
 * Creates an asset through the API, published into `listId` unless overridden. Published in one
 * step, its format's publishing checklist is open, so the helper says why (as a TMM may).
 */
export async function createAsset(client: Client, listId: string, fields: Record<string, unknown>) {
  const status = fields.status ?? 'published';
  const response = await client.post('/api/assets', {
    summary: 'A summary.',
    status: 'published',
    listIds: [listId],
    ...(status === 'published' ? { checklistOverride: 'Made published for a test' } : {}),
    ...fields,
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}
