import { z } from 'zod';

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
  .superRefine((env, context) => {
    if (env.SHOWCASE_SMTP_URL && !env.SHOWCASE_MAIL_FROM)
      context.addIssue({
        code: 'custom',
        path: ['SHOWCASE_MAIL_FROM'],
        message: 'is required when SHOWCASE_SMTP_URL is set',
      });
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
        path: [env.SHOWCASE_S3_ACCESS_KEY_ID ? 'SHOWCASE_S3_SECRET_ACCESS_KEY' : 'SHOWCASE_S3_ACCESS_KEY_ID'],
        message: 'set both access key variables, or neither (to use the AWS default credentials chain)',
      });
  });

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
