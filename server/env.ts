import { z } from 'zod';

/** Every setting Showcase reads from the environment, parsed once at boot. */
export const envSchema = z.object({
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
