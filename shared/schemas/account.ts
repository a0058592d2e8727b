import { z } from 'zod';
import { tokenScopes } from '../tokens.ts';
import { emailSchema, nameSchema, passwordSchema, textSchema } from './common.ts';
import { userSchema } from './users.ts';

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: textSchema().min(1, 'is required').max(200, 'must be at most 200 characters'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: textSchema().describe('Send as X-CSRF-Token on every cookie-authenticated write'),
  via: z.enum(['session', 'token']),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: textSchema().min(1, 'is required').max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z.strictObject({ name: nameSchema() });

export const apiTokenSchema = z.object({
  id: textSchema(),
  name: textSchema(),
  prefix: textSchema().describe('First characters of the token, to tell tokens apart'),
  createdAt: textSchema(),
  lastUsedAt: textSchema().nullable(),
  expiresAt: textSchema().nullable(),
  scopes: z
    .array(z.enum(tokenScopes))
    .describe('Empty: full access as you; "read": read only; area names: only those areas'),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** The longest a token may be set to last; a token may also never expire. */
export const MAX_TOKEN_DAYS = 365;

export const createApiTokenSchema = z.strictObject({
  name: nameSchema(80),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(
      MAX_TOKEN_DAYS,
      `must be at most ${MAX_TOKEN_DAYS} days (leave it out for a token that does not expire)`,
    )
    .optional()
    .describe('Leave out for a token that does not expire'),
  scopes: z
    .array(z.enum(tokenScopes, { error: `is not a scope: use one of ${tokenScopes.join(', ')}` }))
    .max(tokenScopes.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope')
    .optional()
    .describe(
      'What the token may do within your role. Leave out or empty for full access; "read" for read only; area names (library, requests, …) to allow only those areas; "read" with areas for reads in those areas only. A limited token cannot manage your account.',
    ),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const createdApiTokenSchema = z.object({
  token: textSchema().describe('The secret; shown once, send as "Authorization: Bearer <token>"'),
  apiToken: apiTokenSchema,
});

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });

export { emailSchema };

export const signInMethodsSchema = z.object({
  password: z
    .enum(['on', 'break-glass'])
    .describe('break-glass: SSO only; the password form is for the one break-glass admin'),
  sso: z
    .object({
      name: textSchema().describe('The provider, as the button says: "Sign in with <name>"'),
      startUrl: textSchema().describe('Open in the browser (not fetch) to start the sign-in'),
    })
    .nullable()
    .describe('null when single sign-on is not configured'),
});
export type SignInMethods = z.infer<typeof signInMethodsSchema>;
