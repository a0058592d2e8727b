import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import type { Database } from '../server/db/connect.ts';
import { checkKey } from '../server/storage/storage.ts';
import { okrMeasures } from '../shared/okrs.ts';
import type { ApiClient } from './app.ts';
import { createTestAsset, createTestDemo, createTestRequest, testTermId } from './factories.ts';
import { png } from './files.ts';

/**
 * The write-path fuzzer (issue 15): every POST/PUT/PATCH/DELETE of the app's own OpenAPI document
 * (so a new route is fuzzed without a change here), every importer's file text, and every
 * multipart upload, driven with bodies generated from the route's schema and salted with hostile
 * values. Used by test/fuzz.test.ts (a bounded run in `npm test`) and bench/fuzz.ts (≥ 100,000).
 *
 * Properties checked per case: never a 5xx; every 4xx is `{ error: { code, message } }`; no HTML
 * the app renders (any `…Html` field of an answer) carries a script, an event handler or a
 * script address. After a run, checkStorage walks the sandbox the storage root sits in.
 */

export const someId = '00000000-0000-4000-8000-000000000000';

/** Strings that have broken web apps before, plus the ones this database cannot store. */
export const hostileStrings: string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufeff\u202e\u200b',
  '🚀'.repeat(40),
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '$1',
  '%s%s%s%n',
  '\\',
  '"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](  JaVaScRiPt:alert(1))',
  '![x](javascript:alert(1))',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  '"><script>alert(1)</script>',
  '<<script>script>alert(1)<</script>/script>',
  '`<b onmouseover=alert(1)>`',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]:5432/',
  'https://example.com/\r\nSet-Cookie: x=1',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, on purpose
  '{{7*7}}${7*7}<%= 7*7 %>',
  '__proto__',
  'constructor',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|/c calc!A1',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '2147483648',
  '99999999999999999999999999',
  '0000-00-00',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  'not-a-uuid',
  someId,
  'a@b',
  '- a\n- b: [',
  'key: &a [*a]',
  'a,b\n"c,d',
];

/** Numbers on and past every edge a schema or a database column has. */
export const hostileNumbers: number[] = [
  0,
  -0,
  -1,
  1,
  1.5,
  -2.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

/** File names that try to leave the storage folder, or break a header. */
export const hostileFileNames: string[] = [
  '../../etc/passwd',
  '../../../../../../tmp/escaped.png',
  '..\\..\\..\\escaped.png',
  '/etc/passwd',
  '/tmp/escaped-absolute.png',
  'C:\\Windows\\escaped.png',
  'a\u0000.png',
  'image.png\u0000.exe',
  '\u0000',
  '',
  '.',
  '..',
  '.png',
  '....//....//escaped.png',
  '%2e%2e%2fescaped.png',
  'x'.repeat(1000),
  `${'é'.repeat(300)}.png`,
  '\ud800.png',
  'file"; name="other.png',
  'line\r\nContent-Type: text/html.png',
  '<script>alert(1)</script>.png',
  'CON.png',
  'screenshot.png',
  'a/b/c.png',
];

/** JSON of any type, including the wrong one. */
const anyJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...hostileStrings),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

const hugeString = fc
  .tuple(fc.constantFrom(...hostileStrings), fc.integer({ min: 10_000, max: 300_000 }))
  .map(([seed, length]) =>
    (seed || 'x').repeat(Math.ceil(length / Math.max(1, seed.length))).slice(0, length),
  );

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: hugeString },
);

/** A value nested `depth` levels deep, as a body text (JSON.stringify would not mind either). */
function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

type Schema = Record<string, any>;

/** What the generators know of the workspace: real ids by kind, mixed with made-up ones. */
export interface Pools {
  ids: string[];
  params: Record<string, string[]>;
}

export interface Operation {
  method: string;
  template: string;
  params: string[];
  query: Schema[];
  body?: Schema;
  multipart: boolean;
}

/** Every write operation of the OpenAPI document. */
export function writeOperations(document: Schema): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<Schema>(document.paths)) {
    for (const [method, operation] of Object.entries<Schema>(item)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters: Schema[] = (operation.parameters ?? []).map((p: Schema) => resolve(document, p));
      operations.push({
        method: method.toUpperCase(),
        template,
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query'),
        body: operation.requestBody?.content?.['application/json']?.schema,
        // Uploads are read as a stream, not through a schema: a write without a JSON body whose
        // summary names a multipart field.
        multipart: /multipart/i.test(`${operation.summary ?? ''} ${operation.description ?? ''}`),
      });
    }
  }
  return operations;
}

function resolve(document: Schema, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; current?.$ref && i < 20; i++) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce((node: Schema, part) => node?.[part], document);
  }
  return current ?? {};
}

/** Importer text: CSV and YAML documents made of plausible headings and hostile cells. */
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings.filter((s) => s.length < 200)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Title',
      'https://example.com/a',
      '2026-03-01',
      'draft',
      'external',
      '12',
      'video views',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const headings = [
  'title',
  'external_key',
  'summary',
  'primary_url',
  'key_takeaway',
  'tags',
  'visibility',
  'status',
  'lists',
  'format',
  'owner',
  'solution',
  'quarter',
  'start date',
  'due date',
  'notes',
  'asset',
  'date',
  'kind',
  'value',
  'id',
  'body',
  '',
  '__proto__',
];
const csvText = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...headings), { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([head, rows, eol]) =>
    [head, ...rows]
      .map((row) =>
        row.map((value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(','),
      )
      .join(eol),
  );
const yamlKeys = [
  'title',
  'url',
  'type',
  'topics',
  'solutions',
  'teaser',
  'date',
  'name',
  'key',
  'stage',
  'stages',
  'categories',
  'category',
  'description',
  'features',
  'feature',
  'documentation_link',
  'image_url',
  'reporter',
  'available_in',
  'release_number',
  'primary',
  'secondary',
  '<<',
  '__proto__',
];
const yamlValue = fc.oneof(
  cell.map((value) => JSON.stringify(value)),
  fc.array(cell, { maxLength: 3 }).map((values) => JSON.stringify(values)),
  fc.constantFrom(
    '~',
    '[',
    '{a: 1}',
    '!!binary aGk=',
    '*undefined',
    '&anchor x',
    '|\n  block',
    '123',
    'true',
  ),
);
const yamlText = fc
  .array(fc.array(fc.tuple(fc.constantFrom(...yamlKeys), yamlValue), { maxLength: 6 }), { maxLength: 5 })
  .map((entries) =>
    entries
      .map(
        (entry) =>
          entry.map(([key, value], i) => `${i === 0 ? '- ' : '  '}${key}: ${value}`).join('\n') || '- ',
      )
      .join('\n'),
  );
// stages.yml and categories.yml are mappings of key → fields, not lists.
const yamlMapping = fc
  .array(
    fc.tuple(
      fc.constantFrom('create', 'verify', 'source_code', '__proto__', 'a b', '"quoted"', '123', '~'),
      fc.array(
        fc.tuple(
          fc.constantFrom('display_name', 'name', 'stage', 'label', 'marketing', 'description', ...yamlKeys),
          yamlValue,
        ),
        { maxLength: 5 },
      ),
    ),
    { maxLength: 5 },
  )
  .map((entries) =>
    entries
      .map(([key, fields]) => `${key}:\n${fields.map(([k, v]) => `  ${k}: ${v}`).join('\n') || '  ~'}`)
      .join('\n'),
  )
  .chain((body) => fc.constantFrom(body, `stages:\n${body.replace(/^/gm, '  ')}`));
const jsonText = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value));
const documentText = fc.oneof(
  csvText,
  yamlText,
  yamlMapping,
  jsonText,
  hostileString,
  fc.constantFrom(deepJson(3000, 'array'), '- '.repeat(5000), `${'  '.repeat(2000)}a: 1`),
);

/** A value for `schema`: mostly of the right shape so the case reaches the service, salted with hostile ones. */
function valueFor(
  document: Schema,
  raw: Schema,
  pools: Pools,
  name = '',
  depth = 0,
  clean = false,
): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  const wrong = fc.oneof(anyJson, hostileString);
  // Clean: the shape and types the schema asks for (text may still be hostile but storable), so
  // the case gets past validation into the service and the database.
  const salt = <T>(right: fc.Arbitrary<T>) =>
    clean
      ? (right as fc.Arbitrary<unknown>)
      : fc.oneof({ weight: 7, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });
  const next = (s: Schema, key = name) => valueFor(document, s, pools, key, depth + 1, clean);
  if (depth > 5) return anyJson;
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((s: Schema) => next(s)));
  if (schema.allOf)
    return valueFor(
      document,
      Object.assign({}, ...schema.allOf.map((s: Schema) => resolve(document, s))),
      pools,
      name,
      depth,
      clean,
    );
  if (schema.enum) return salt(fc.constantFrom(...schema.enum));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties: Record<string, Schema> = schema.properties ?? {};
      const required = new Set<string>(schema.required ?? []);
      const keys = Object.keys(properties);
      const record = fc.record(
        Object.fromEntries(keys.map((key) => [key, next(properties[key] as Schema, key)])),
        { requiredKeys: keys.filter((key) => required.has(key)) },
      );
      const extra =
        schema.additionalProperties && typeof schema.additionalProperties === 'object'
          ? fc.dictionary(
              fc.oneof(
                fc.constantFrom(...hostileStrings.filter((s) => s.length < 80)),
                fc.string({ maxLength: 8 }),
              ),
              next(schema.additionalProperties),
              { maxKeys: 3 },
            )
          : fc.constant({});
      return salt(
        fc
          .tuple(
            record,
            extra,
            clean
              ? fc.constant(null)
              : fc.option(fc.tuple(fc.constantFrom('__proto__', 'isAdmin', 'id', 'role'), anyJson), {
                  freq: 8,
                }),
          )
          .map(([known, more, unknown]) => {
            const value: Record<string, unknown> = { ...more, ...known };
            if (unknown) Object.defineProperty(value, unknown[0], { value: unknown[1], enumerable: true });
            return value;
          }),
      );
    }
    case 'array':
      return salt(
        fc.array(next(schema.items ?? {}), {
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        }),
      );
    case 'string': {
      // Importer text: a field named for a file, or described as one (stages.yml, a CSV, …).
      if (
        /^(content|csv|stages|categories)$/.test(name) ||
        /\b(file|CSV|YAML|spreadsheet)\b/i.test(schema.description ?? '')
      )
        return salt(documentText);
      if (schema.format === 'uuid' && clean) return fc.constantFrom(...pools.ids);
      // What a field of this name or format takes: valid values first, near misses after.
      const valid: string[] = [];
      const near: string[] = [];
      if (schema.format === 'date' || /date|Date|On$/.test(name)) {
        valid.push('2027-03-01', '2027-06-15');
        near.push('2026-13-01', '1900-01-01');
      } else if (schema.format === 'date-time' || /At$/.test(name)) {
        valid.push('2027-03-01T10:00:00.000Z', '2027-03-02T09:30:00+02:00');
        near.push('2026-03-01T25:00:00Z');
      } else if (schema.format === 'uri' || /url|Url|href/.test(name)) {
        valid.push('https://example.com/a', 'https://docs.example.com/x?y=1#z');
        near.push('http://localhost/', 'ftp://x');
      } else if (/quarter/i.test(name)) {
        valid.push('2027-Q2', '2026-Q4');
        near.push('2026-Q5', '1999-Q1');
      } else if (schema.format === 'email' || /email/i.test(name)) {
        valid.push('fuzz@example.test', 'other@example.test');
        near.push('a@b');
      } else if (/[Vv]ersion$/.test(name)) {
        valid.push('17.2', '18.0.1');
        near.push('v99999999999.1');
      }
      const right: fc.Arbitrary<string>[] = [];
      if (schema.format === 'uuid' || /Id$|^id$/.test(name)) right.push(fc.constantFrom(...pools.ids));
      if (valid.length) right.push(fc.constantFrom(...valid));
      if (schema.pattern)
        right.push(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length < 200));
      if (clean) {
        const fits = (text: string) =>
          text.length >= (schema.minLength ?? 0) &&
          text.length <= (schema.maxLength ?? 5000) &&
          text.trim() !== '';
        if (right.length) return fc.oneof(...right);
        const storable = hostileStrings.filter(
          (text) => text.isWellFormed() && !text.includes('\u0000') && fits(text),
        );
        return fc.oneof(
          { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter(fits) },
          {
            weight: storable.length ? 2 : 0,
            arbitrary: fc.constantFrom(...(storable.length ? storable : ['x'])),
          },
        );
      }
      right.push(fc.string({ maxLength: 30 }));
      if (near.length) right.push(fc.constantFrom(...near));
      return fc.oneof(
        { weight: 3, arbitrary: fc.oneof(...right) },
        { weight: 2, arbitrary: hostileString },
        { weight: 1, arbitrary: anyJson },
      );
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -(2 ** 31);
      const max = schema.maximum ?? 2 ** 31 - 1;
      const inRange = fc.integer({
        min: Math.max(Math.ceil(min), -(2 ** 31)),
        max: Math.min(Math.floor(max), 2 ** 31 - 1),
      });
      if (clean) return inRange;
      return fc.oneof(
        { weight: 3, arbitrary: inRange },
        { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers, min - 1, max + 1) },
        { weight: 1, arbitrary: wrong },
      );
    }
    case 'boolean':
      return salt(fc.boolean());
    default:
      return anyJson;
  }
}

/** The hostile stand-ins for a path parameter. */
const hostileParams = [
  someId,
  'not-an-id',
  '0',
  '-1',
  '1.5',
  '99999999999999999999',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%ud800',
  '%ED%A0%80',
  `${someId}%00`,
  'x'.repeat(2000),
  "'%20OR%201=1",
  '%3Cscript%3E',
  'constructor',
];

export interface FuzzCase {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** A JSON text or multipart bytes; undefined for none. */
  body?: string | Uint8Array;
  /** Which caller sends it. */
  caller: number;
}

function pathArbitrary(op: Operation, pools: Pools): fc.Arbitrary<string> {
  const parts = op.params.map((name) => {
    // The values made for this collection (`id@/api/okrs` for /api/okrs/{id}), else any of the name.
    const collection = op.template.slice(0, op.template.indexOf(`{${name}}`) - 1);
    const own = pools.params[`${name}@${collection}`] ?? [];
    const any = pools.params[name] ?? [];
    return fc.oneof(
      { weight: own.length ? 8 : 0, arbitrary: fc.constantFrom(...(own.length ? own : [someId])) },
      { weight: 2, arbitrary: fc.constantFrom(...(any.length ? any : [someId])) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileParams) },
    );
  });
  const query = op.query.map((parameter) =>
    fc.option(
      fc
        .oneof(fc.constantFrom(...pools.ids), fc.constantFrom(...hostileParams))
        .map((value) => `${parameter.name}=${value}`),
      { freq: 3 },
    ),
  );
  return fc.tuple(fc.tuple(...parts), fc.tuple(...query)).map(([values, queries]) => {
    let path = op.template;
    op.params.forEach((name, i) => {
      const value = values[i] as string;
      // Hostile stand-ins are already URL text; real values are encoded like a client would.
      const encoded = hostileParams.includes(value) ? value : encodeURIComponent(value);
      path = path.replace(`{${name}}`, encoded);
    });
    const q = queries.filter(Boolean).join('&');
    return q ? `${path}?${q}` : path;
  });
}

const ifMatch = fc.option(
  fc.constantFrom('"1"', 'W/"1"', '*', '"999999999999"', '"abc"', '', '"-1"', 'W/"2147483648"'),
  {
    freq: 3,
  },
);

function multipartBody(
  name: string,
  field: string,
  type: string,
  bytes: Uint8Array,
  boundary: string,
): Uint8Array {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    'utf8',
  );
  return Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
}

const svgScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
);
const fileBytes = fc.oneof(
  fc.constant(new Uint8Array(png)),
  fc.constant(new Uint8Array(0)),
  fc.constant(new Uint8Array(svgScript)),
  fc.constant(new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>'))),
  fc.constant(new Uint8Array(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'))),
  // A PNG header that claims an absurd size, then nothing.
  fc.constant(new Uint8Array([...png.slice(0, 16), 0x7f, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff])),
  fc.uint8Array({ maxLength: 2048 }),
);

/** One case of `op`: the right shape most of the time, hostile text, deep JSON and wrong types too. */
export function caseArbitrary(
  document: Schema,
  op: Operation,
  pools: Pools,
  callers: number,
): fc.Arbitrary<FuzzCase> {
  const caller = fc.nat({ max: callers - 1 });
  if (op.multipart) {
    return fc
      .record({
        path: pathArbitrary(op, pools),
        name: fc.oneof(
          fc.constantFrom(...hostileFileNames),
          fc.string({ maxLength: 20 }).map((s) => `${s}.png`),
        ),
        field: fc.constantFrom('file', 'file', 'file', 'other', '', 'file"; x="'),
        type: fc.constantFrom(
          'image/png',
          'application/octet-stream',
          'text/html',
          'image/svg+xml',
          '',
          'image/png\r\nX: y',
        ),
        bytes: fileBytes,
        ifMatch,
        contentType: fc.constantFrom(
          'multipart/form-data; boundary=fuzzboundary',
          'multipart/form-data; boundary=fuzzboundary',
          'multipart/form-data',
          'application/json',
        ),
        caller,
      })
      .map(({ path, name, field, type, bytes, ifMatch, contentType, caller }) => ({
        method: op.method,
        path,
        headers: { 'content-type': contentType, ...(ifMatch === null ? {} : { 'if-match': ifMatch }) },
        body: multipartBody(name, field, type, bytes, 'fuzzboundary'),
        caller,
      }));
  }
  const json = op.body ? valueFor(document, op.body, pools) : fc.constant(undefined);
  const clean = op.body ? valueFor(document, op.body, pools, '', 0, true) : fc.constant(undefined);
  const body = fc.oneof(
    {
      weight: 10,
      arbitrary: clean.map((value) => (value === undefined ? undefined : JSON.stringify(value))),
    },
    { weight: 8, arbitrary: json.map((value) => (value === undefined ? undefined : JSON.stringify(value))) },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        deepJson(5000, 'array'),
        deepJson(3000, 'object'),
        '{"a":',
        '{"title":"\\ud800"}',
        '{"a":1,"a":2}',
        'null',
        '"\\u0000"',
        '',
      ),
    },
  );
  return fc
    .record({ path: pathArbitrary(op, pools), body, ifMatch, caller })
    .map(({ path, body, ifMatch, caller }) => ({
      method: op.method,
      path,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(ifMatch === null ? {} : { 'if-match': ifMatch }),
      },
      body,
      caller,
    }));
}

/** HTML the app renders that would run a script: a script element, an on… handler, a script address. */
export function unsafeHtml(html: string): string | undefined {
  if (/<script/i.test(html)) return '<script';
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) return 'on… handler';
  if (
    /(href|src|action|formaction|xlink:href|style)\s*=\s*["']?[^"'>]*?(javascript|vbscript|data:text\/html)/i.test(
      html,
    )
  )
    return 'script address';
  return undefined;
}

/** Every `…Html` string inside an answer, with where it sits. */
export function htmlFields(value: unknown, at = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => htmlFields(item, `${at}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'string' && /Html$/.test(key)
        ? [[`${at}.${key}`, item] as [string, string]]
        : htmlFields(item, `${at}.${key}`),
    );
  return [];
}

export interface Failure {
  method: string;
  path: string;
  status: number;
  problem: string;
  request: string;
  response: string;
}

export interface FuzzResult {
  cases: number;
  histogram: Record<string, number>;
  failures: Failure[];
  byOperation: Record<string, number>;
  /** Per operation, how many cases it answered with a 2xx. */
  successes: Record<string, number>;
}

/** Sends one case through the app and checks the properties, adding what is wrong to `result`. */
export async function sendCase(
  app: ApiClient['app'],
  callers: ApiClient[],
  c: FuzzCase,
  result: FuzzResult,
  op: string,
  pools?: Pools,
) {
  const client = callers[c.caller] as ApiClient;
  const headers: Record<string, string> = { ...c.headers };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
  if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
  let status: number;
  let text: string;
  try {
    const response = await app.request(c.path, {
      method: c.method,
      headers,
      body: c.body as BodyInit | undefined,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    status = 599;
    text = String((error as Error)?.stack ?? error);
  }
  result.cases++;
  result.histogram[status] = (result.histogram[status] ?? 0) + 1;
  result.byOperation[op] = (result.byOperation[op] ?? 0) + 1;
  if (status < 300) result.successes[op] = (result.successes[op] ?? 0) + 1;
  const fail = (problem: string) => {
    if (result.failures.length >= 200) return;
    const request =
      typeof c.body === 'string' ? c.body : c.body ? Buffer.from(c.body).toString('latin1') : '';
    result.failures.push({
      method: c.method,
      path: c.path.slice(0, 300),
      status,
      problem,
      request: request.slice(0, 400),
      response: text.slice(0, 400),
    });
  };
  let parsed: any;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {}
  if (status >= 500) return fail('server error');
  // A record the case made: later operations on its collection take its id too.
  const [method, template] = op.split(' ') as [string, string];
  if (
    pools &&
    status < 300 &&
    method === 'POST' &&
    !template.includes('{') &&
    typeof parsed?.id === 'string'
  ) {
    const key = `id@${template}`;
    pools.params[key] ??= [];
    const values = pools.params[key];
    if (values.length < 40) {
      values.push(parsed.id);
      pools.ids.push(parsed.id);
    }
  }
  if (status >= 400) {
    if (typeof parsed?.error?.code !== 'string' || typeof parsed?.error?.message !== 'string')
      return fail('error without { error: { code, message } }');
    return;
  }
  for (const [where, html] of htmlFields(parsed)) {
    const unsafe = unsafeHtml(html);
    if (unsafe) fail(`${unsafe} in ${where}: ${html.slice(0, 200)}`);
  }
}

/**
 * Runs `runsPerOperation` generated cases against every operation (seeded: the same seed sends the
 * same cases), one at a time, the callers taking turns as the case says.
 */
export async function fuzzWrites(options: {
  app: ApiClient['app'];
  document: Schema;
  callers: ApiClient[];
  pools: Pools;
  seed: number;
  runsPerOperation: (op: Operation) => number;
  /** Cases in flight at once (default 1: in order, so a seed replays exactly). */
  concurrency?: number;
  onProgress?: (result: FuzzResult) => void;
}): Promise<FuzzResult> {
  const { app, document, callers, pools, seed } = options;
  const result: FuzzResult = { cases: 0, histogram: {}, failures: [], byOperation: {}, successes: {} };
  const operations = writeOperations(document);
  let i = 0;
  for (const op of operations) {
    const name = `${op.method} ${op.template}`;
    const runs = options.runsPerOperation(op);
    if (runs <= 0) continue;
    const cases = fc.sample(caseArbitrary(document, op, pools, callers.length), {
      seed: seed + i++,
      numRuns: runs,
    });
    let next = 0;
    const worker = async () => {
      while (next < cases.length)
        await sendCase(app, callers, cases[next++] as FuzzCase, result, name, pools);
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
    options.onProgress?.(result);
  }
  return result;
}

/** Files under `dir`, as paths relative to it. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * What was written where it should not be: any file in `sandbox` outside `root` (the storage
 * root, nested a few folders deep so "../" names land in the sandbox), any stored key checkKey
 * refuses, and any file an absolute hostile name points at.
 */
export async function checkStorage(sandbox: string, root: string): Promise<string[]> {
  const problems: string[] = [];
  const rootInSandbox = relative(sandbox, root);
  for (const file of await walk(sandbox)) {
    if (!file.startsWith(`${rootInSandbox}${sep}`)) {
      problems.push(`outside the storage root: ${file}`);
      continue;
    }
    const key = relative(root, join(sandbox, file)).split(sep).join('/');
    if (key.startsWith('.incoming/')) continue;
    try {
      checkKey(key);
    } catch {
      problems.push(`a stored key checkKey refuses: ${key}`);
    }
  }
  for (const path of ['/tmp/escaped-absolute.png', '/tmp/escaped.png', '/escaped.png']) {
    const found = await readdir(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
    );
    if (found) problems.push(`a file at an absolute hostile name: ${path}`);
  }
  return problems;
}

/** The records path parameters and ids in bodies point at: one of most kinds, made through the API. */
export async function makeRecords(db: Database['db'], admin: ApiClient, now: Date): Promise<Pools> {
  const params: Record<string, string[]> = {};
  const ids: string[] = [];
  const add = (name: string, value: unknown, collection?: string) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    for (const key of collection ? [name, `${name}@${collection}`] : [name]) {
      params[key] ??= [];
      (params[key] as string[]).push(String(value));
    }
    if (typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value)) ids.push(value);
  };
  const post = async (path: string, body: unknown) => {
    const response = await admin.post(path, body);
    if (response.status >= 300 && process.env.FUZZ_DEBUG)
      console.log('record', path, response.status, JSON.stringify(response.body));
    return response.body ?? {};
  };

  const asset = await createTestAsset(db, { status: 'published', visibility: 'external', safeToShare: true });
  add('id', asset.id, '/api/assets');
  const request = await createTestRequest(db, { now });
  add('id', request.id, '/api/requests');
  const demo = await createTestDemo(db, {
    asset: {
      formatId: await testTermId(db, 'format', 'Click-through demo'),
      visibility: 'external',
      safeToShare: true,
    },
    now,
  });
  add('id', demo.id, '/api/demos');
  const form = new FormData();
  form.append('file', new File([new Uint8Array(png)], 'step.png'));
  const step = await admin.app.request(`/api/demos/${demo.id}/click-through/screenshots`, {
    method: 'POST',
    body: form,
    headers: { cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrfToken ?? '' },
  });
  add('stepId', ((await step.json()) as { id?: string }).id);
  const fileForm = new FormData();
  fileForm.append('file', new File([new Uint8Array(png)], 'file.png'));
  const file = await admin.app.request(`/api/assets/${asset.id}/files`, {
    method: 'POST',
    body: fileForm,
    headers: { cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrfToken ?? '' },
  });
  add('fileId', ((await file.json()) as { id?: string }).id);

  const user = await post('/api/users', {
    email: `fuzz-target-${now.getTime()}@example.test`,
    name: 'Target',
    role: 'requester',
  });
  add('id', user.id ?? user.user?.id, '/api/users');
  const team = await post('/api/settings/teams', { name: `Fuzz team ${now.getTime()}`, quarterlyBudget: 50 });
  add('id', team.id, '/api/settings/teams');
  const term = await post('/api/settings/terms', {
    kind: 'solution',
    name: `Fuzz solution ${now.getTime()}`,
  });
  add('id', term.id, '/api/settings/terms');
  const list = await post('/api/lists', { name: `Fuzz list ${now.getTime()}` });
  add('id', list.id, '/api/lists');
  const comment = await post(`/api/requests/${request.id}/comments`, { body: 'A first comment' });
  add('id', comment.id);
  const stage = await post('/api/catalogue/stages', {
    key: `fz${now.getTime() % 100000}`,
    name: `Fuzz stage ${now.getTime()}`,
  });
  add('id', stage.id, '/api/catalogue/{kind}');
  const category = await post('/api/catalogue/categories', {
    stageId: stage.id,
    name: `Fuzz category ${now.getTime()}`,
  });
  add('id', category.id, '/api/catalogue/{kind}');
  const feature = await post('/api/catalogue/features', {
    categoryId: category.id,
    name: `Fuzz feature ${now.getTime()}`,
  });
  add('id', feature.id, '/api/catalogue/{kind}');
  const share = await post(`/api/assets/${asset.id}/share-links`, {
    name: 'Fuzz link',
    audience: 'recipient',
    recipients: [{ name: 'Fuzz', email: 'fuzz@example.test' }],
  });
  add('id', share.id, '/api/share-links');
  add('token', share.token ?? share.url?.split('/').pop(), '/api/shared');
  const webhook = await post('/api/settings/webhooks', {
    name: 'Fuzz hook',
    url: 'https://hooks.example.com/fuzz',
    events: ['request.created'],
  });
  add('id', webhook.id, '/api/settings/webhooks');
  const okr = await post('/api/okrs', { title: 'Fuzz objective', quarter: '2026-Q2' });
  add('id', okr.id, '/api/okrs');
  const keyResult = await post(`/api/okrs/${okr.id}/key-results`, {
    title: 'Fuzz key result',
    measure: okrMeasures[0],
    target: 10,
  });
  add('id', keyResult.keyResults?.[0]?.id, '/api/key-results');
  const token = await post('/api/account/tokens', { name: 'Fuzz target token' });
  add('id', token.id, '/api/account/tokens');
  const event = await post('/api/plan/events', {
    title: 'Fuzz event',
    kind: 'webinar',
    startsAt: '2026-03-01T10:00:00Z',
    endsAt: '2026-03-01T11:00:00Z',
  });
  add('id', event.id, '/api/plan/events');
  const entries = (await admin.get('/api/plan/entries')).body;
  for (const entry of (entries?.entries ?? entries?.items ?? []).slice(0, 3))
    add('id', entry.id, '/api/plan/entries');
  const channel = await post('/api/settings/distribution-channels', {
    name: `Fuzz channel ${now.getTime()}`,
  });
  add('id', channel.id, '/api/settings/distribution-channels');
  add('channelId', channel.id);
  const shortLink = await post('/api/short-links', {
    assetId: asset.id,
    targetUrl: 'https://example.com/fuzz',
  });
  add('id', shortLink.id, '/api/short-links');
  const template = await post('/api/utm-templates', {
    channelId: channel.id,
    name: `Fuzz utm ${now.getTime()}`,
    campaign: 'fuzz',
    source: 'fuzz',
    medium: 'email',
  });
  add('id', template.id, '/api/utm-templates');
  const checklists = (await admin.get('/api/settings/publishing-checklists')).body;
  for (const checklist of checklists?.checklists ?? checklists?.formats ?? [])
    add('formatId', checklist.formatId ?? checklist.id);
  const assetChecklist = (await admin.get(`/api/assets/${asset.id}/publishing-checklist`)).body;
  for (const item of assetChecklist?.items ?? []) add('itemId', item.id ?? item.itemId);
  add('formatId', await testTermId(db, 'format', 'Demo video'));
  for (const kind of ['stages', 'categories', 'features']) add('kind', kind);
  const jobs = (await admin.get('/api/settings/jobs')).body;
  for (const job of jobs?.kinds ?? jobs?.jobs ?? []) add('kind', job.kind ?? job.name);
  for (const scope of ['mine', 'team', 'all']) add('scope', scope);
  add('version', 1);
  add('version', 2);
  add('username', 'fuzz-gitlab-user');
  await post('/api/settings/gitlab-users', {
    username: 'fuzz-gitlab-user',
    userId: user.id ?? user.user?.id,
  });
  return { ids: ids.length ? ids : [someId], params };
}
