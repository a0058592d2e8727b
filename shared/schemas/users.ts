import { z } from 'zod';
import { roles } from '../roles.ts';
import { emailSchema, nameSchema, passwordSchema, textSchema } from './common.ts';

export const roleSchema = z.enum(roles).describe('admin, tmm, requester or viewer');

export const userSchema = z.object({
  id: textSchema(),
  email: textSchema(),
  name: textSchema(),
  role: roleSchema,
  active: z.boolean().describe('Deactivated users cannot sign in or use tokens'),
  teamId: textSchema().nullable().describe('The requesting team the person files requests for'),
  lastSignInAt: textSchema().nullable(),
  createdAt: textSchema(),
  version: z.number().int().describe('Counts edits of the account; send it back as If-Match'),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema(),
  role: roleSchema,
  password: passwordSchema.optional().describe('Leave out to generate a temporary password, returned once'),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const createdUserSchema = z.object({
  user: userSchema,
  temporaryPassword: textSchema().optional().describe('Only when no password was given; shown once'),
});

export const updateUserSchema = z.strictObject({
  name: nameSchema().optional(),
  teamId: z.uuid('must be a valid id').nullable().optional().describe('Requesting team'),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });
