/** Staff accounts and sign-in. */
import { z } from 'zod';
import { line } from './text';
import { Id } from './common';

export const Role = z.enum(['admin', 'counter', 'guide']);
export type Role = z.infer<typeof Role>;

export const SignInBody = z
  .object({
    username: line().min(1).max(60),
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

/** Sign-in names: letters, digits, dot, dash and underscore; compared without case. */
export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, '3–32 letters, digits, dot, dash or underscore');

/** A new password: long rather than clever (NIST SP 800-63B). */
export const NewPassword = z.string().min(10, 'at least 10 characters').max(200);

/** An account for a staff member; the server makes a temporary password shown once. */
export const CreateAccountBody = z.object({ staffId: Id, username: Username, role: Role }).strict();
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

export const UpdateAccountBody = z
  .object({ role: Role.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((b) => b.role !== undefined || b.disabled !== undefined, 'nothing to change');
export type UpdateAccountBody = z.infer<typeof UpdateAccountBody>;

/** The forced change after a reset (and any change): the current password proves who asks. */
export const ChangePasswordBody = z
  .object({
    username: line().min(1).max(60),
    password: z.string().min(1).max(200),
    newPassword: NewPassword,
  })
  .strict()
  .refine((b) => b.password !== b.newPassword, {
    message: 'the new password must differ from the current one',
    path: ['newPassword'],
  });

/** An account as the admin console lists it. */
export type AccountAdminRow = Account & { disabled: boolean };

/** What an admin sees once after creating an account or resetting its password. */
export type TemporaryPassword = { account: AccountAdminRow; temporaryPassword: string };
