import { z } from 'zod';
import { type Role, roles } from '../shared/roles.ts';

const onOff = z.enum(['true', 'false']).default('false');

/** "group=role,group=role" → { group: role }; a bad entry is named in the boot message. */
const roleMapSchema = z.string().transform((value, context) => {
  const map: Record<string, Role> = {};
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const group = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !group || !(roles as readonly string[]).includes(role)) {
      context.addIssue({
        code: 'custom',
        message: `"${entry}" must be group=role with a role of ${roles.join(', ')}`,
      });
      return z.NEVER;
    }
    map[group] = role as Role;
  }
  return map;
});

/** "example.com, example.org" → ['example.com', 'example.org'] (lower case). */
const domainListSchema = z.string().transform((value, context) => {
  const domains = value
    .split(',')
    .map((part) => part.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const bad = domains.find((domain) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain));
  if (bad) {
    context.addIssue({ code: 'custom', message: `"${bad}" is not a domain name (like example.com)` });
    return z.NEVER;
  }
  return domains;
});

/** Every setting Showcase reads from the environment, parsed once at boot. */
export const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional()
      .describe('PostgreSQL server; when unset the embedded PostgreSQL under SHOWCASE_DATA_DIR is used'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    SHOWCASE_DATA_DIR: z.string().min(1).default('./data'),
    SHOWCASE_ADMIN_EMAIL: z.email().optional(),
    SHOWCASE_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    SHOWCASE_SAMPLE_DATA: z
      .enum(['auto', 'true', 'false'])
      .default('auto')
      .describe('auto: load the sample workspace into a new embedded database'),
    SHOWCASE_PUBLIC_URL: z.url().optional(),
    SHOWCASE_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
    SHOWCASE_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    SHOWCASE_GITLAB_WEBHOOK_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters')
      .optional()
      .describe('Secret GitLab sends as X-Gitlab-Token; unset disables the GitLab issue intake'),
    SHOWCASE_STORAGE: z
      .enum(['local', 's3'])
      .default('local')
      .describe(
        'Where files (request attachments) are kept: a folder under SHOWCASE_DATA_DIR, or an S3-compatible bucket',
      ),
    SHOWCASE_S3_ENDPOINT: z.url().optional().describe('S3-compatible server; unset for AWS S3 itself'),
    SHOWCASE_S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'must be a bucket name (3–63 lowercase letters, digits, dots, hyphens)',
      )
      .optional(),
    SHOWCASE_S3_REGION: z.string().min(1).default('us-east-1'),
    SHOWCASE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    SHOWCASE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    SHOWCASE_S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .describe('true for most self-hosted servers (MinIO, Garage, Ceph): the bucket goes in the path'),
    SHOWCASE_S3_PREFIX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._/-]*$/, 'must be lowercase letters, digits, “.”, “_”, “-” and “/”')
      .optional()
      .describe('Prefix for every key, to share one bucket'),
    SHOWCASE_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional()
      .describe(
        "Mail server for share links' email check (smtp://user:pass@host:587); unset turns that check off",
      ),
    SHOWCASE_MAIL_FROM: z
      .string()
      .min(3)
      .optional()
      .describe('Sender of Showcase emails, "Name <address>" or an address; required with SHOWCASE_SMTP_URL'),
    SHOWCASE_RATE_LIMITS: z
      .enum(['on', 'off'])
      .default('on')
      .describe(
        'The rate limits on password changes, share links and public events (off for load tests only)',
      ),
    SHOWCASE_BACKUPS: z
      .enum(['on', 'off'])
      .default('on')
      .describe('The daily automatic backup into SHOWCASE_DATA_DIR/backups (off turns it off)'),
    SHOWCASE_BACKUP_KEEP: z.coerce
      .number()
      .int()
      .min(1)
      .max(365)
      .default(7)
      .describe('How many automatic backups to keep (the newest)'),
    SHOWCASE_OIDC_ISSUER: z
      .url()
      .optional()
      .describe('OpenID Connect issuer URL; with the client id and secret it turns single sign-on on'),
    SHOWCASE_OIDC_CLIENT_ID: z.string().min(1).optional(),
    SHOWCASE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    SHOWCASE_OIDC_NAME: z
      .string()
      .min(1)
      .max(40, 'must be at most 40 characters')
      .default('SSO')
      .describe('Shown on the sign-in button: "Sign in with <name>"'),
    SHOWCASE_OIDC_SCOPES: z
      .string()
      .default('openid email profile')
      .refine((value) => value.split(/\s+/).includes('openid'), 'must include openid'),
    SHOWCASE_OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
    SHOWCASE_OIDC_ROLE_MAP: roleMapSchema
      .optional()
      .describe(
        'group=role pairs, comma-separated; when set, a sign-in whose groups map to no role is refused',
      ),
    SHOWCASE_OIDC_ALLOWED_DOMAINS: domainListSchema
      .optional()
      .describe('Email domains that may sign in with SSO, comma-separated (required for JIT)'),
    SHOWCASE_OIDC_JIT: onOff.describe(
      'true: create an account at the first SSO sign-in of an unknown person',
    ),
    SHOWCASE_OIDC_DEFAULT_ROLE: z.enum(roles).default('viewer'),
    SHOWCASE_OIDC_TRUST_EMAIL: onOff.describe(
      'true: an email the provider sends without an email_verified claim counts as verified (Microsoft Entra ID)',
    ),
    SHOWCASE_SSO_ONLY: onOff.describe('true: password sign-in only for SHOWCASE_BREAK_GLASS_EMAIL'),
    SHOWCASE_BREAK_GLASS_EMAIL: z.email().optional(),
    SHOWCASE_METRICS_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters')
      .optional()
      .describe('Bearer token Prometheus sends to GET /metrics; unset: /metrics answers 404'),
    SHOWCASE_SHUTDOWN_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(600)
      .default(10)
      .describe('On SIGTERM/SIGINT, how long requests in flight and background imports may take to finish'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine(
    (env, context) => {
      const problem = (path: string, message: string) =>
        context.addIssue({ code: 'custom', path: [path], message });
      if (env.SHOWCASE_SMTP_URL && !env.SHOWCASE_MAIL_FROM)
        problem('SHOWCASE_MAIL_FROM', 'is required when SHOWCASE_SMTP_URL is set');
      const oidc = [
        'SHOWCASE_OIDC_ISSUER',
        'SHOWCASE_OIDC_CLIENT_ID',
        'SHOWCASE_OIDC_CLIENT_SECRET',
      ] as const;
      const oidcSet = oidc.filter((name) => env[name] !== undefined);
      if (oidcSet.length > 0 && oidcSet.length < oidc.length) {
        for (const name of oidc.filter((name) => env[name] === undefined))
          problem(
            name,
            `is required for single sign-on (${oidcSet.join(', ')} ${oidcSet.length > 1 ? 'are' : 'is'} set)`,
          );
      }
      const ssoOn = oidcSet.length === oidc.length;
      if (env.SHOWCASE_OIDC_ISSUER && URL.canParse(env.SHOWCASE_OIDC_ISSUER)) {
        const issuer = new URL(env.SHOWCASE_OIDC_ISSUER);
        const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
        if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback))
          problem('SHOWCASE_OIDC_ISSUER', 'must be an https:// URL (http:// only on localhost)');
      }
      if (ssoOn && !env.SHOWCASE_PUBLIC_URL)
        problem(
          'SHOWCASE_PUBLIC_URL',
          'is required for single sign-on: the redirect URI is <public URL>/api/auth/oidc/callback',
        );
      if (env.SHOWCASE_OIDC_JIT === 'true') {
        if (!ssoOn)
          problem(
            'SHOWCASE_OIDC_JIT',
            'needs single sign-on configured (SHOWCASE_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET)',
          );
        if (!env.SHOWCASE_OIDC_ALLOWED_DOMAINS?.length)
          problem(
            'SHOWCASE_OIDC_ALLOWED_DOMAINS',
            'is required when SHOWCASE_OIDC_JIT=true (whose accounts may be created)',
          );
      }
      if (env.SHOWCASE_SSO_ONLY === 'true') {
        if (!ssoOn)
          problem(
            'SHOWCASE_SSO_ONLY',
            'needs single sign-on configured (SHOWCASE_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET)',
          );
        if (!env.SHOWCASE_BREAK_GLASS_EMAIL)
          problem(
            'SHOWCASE_BREAK_GLASS_EMAIL',
            'is required when SHOWCASE_SSO_ONLY=true: the one admin who may still sign in with a password',
          );
      }
      if (env.SHOWCASE_STORAGE !== 's3') return;
      if (!env.SHOWCASE_S3_BUCKET)
        context.addIssue({
          code: 'custom',
          path: ['SHOWCASE_S3_BUCKET'],
          message: 'is required when SHOWCASE_STORAGE=s3',
        });
      if (Boolean(env.SHOWCASE_S3_ACCESS_KEY_ID) !== Boolean(env.SHOWCASE_S3_SECRET_ACCESS_KEY))
        context.addIssue({
          code: 'custom',
          path: [
            env.SHOWCASE_S3_ACCESS_KEY_ID ? 'SHOWCASE_S3_SECRET_ACCESS_KEY' : 'SHOWCASE_S3_ACCESS_KEY_ID',
          ],
          message: 'set both access key variables, or neither (to use the AWS default credentials chain)',
        });
    },
    // Also when a field has failed, so the boot message lists every problem at once (the checks
    // above read only settings that are plain strings or absent when their own parse failed).
    { when: () => true },
  );

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; on any problem lists every one and exits non-zero. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  console.error('Showcase cannot start: the environment has problems:');
  for (const issue of result.error.issues) {
    console.error(`  - ${issue.path.join('.')}: ${issue.message}`);
  }
  process.exit(1);
}
