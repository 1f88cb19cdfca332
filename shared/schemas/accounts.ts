/** Staff accounts and sign-in. */
import { z } from 'zod';
import { Id } from './common';

export const Role = z.enum(['admin', 'counter', 'guide']);
export type Role = z.infer<typeof Role>;

export const SignInBody = z
  .object({
    username: z.string().trim().min(1).max(60),
    password: z.string().min(1).max(200),
  })
  .strict();

export const Account = z.object({
  id: Id,
  hallId: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  staffId: Id.nullable(),
  mustChangePassword: z.boolean(),
});
export type Account = z.infer<typeof Account>;
