/**
 * What a client may ask to follow, checked by the server at `stream:subscribe`. `StreamRef` in
 * shared/streams.ts is derived from this schema, so the two cannot drift apart.
 */
import { z } from 'zod';

export const StreamRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('kiosk') }).strict(),
  z.object({ kind: z.literal('board') }).strict(),
  z.object({ kind: z.literal('seats'), department: z.string().min(1).max(80) }).strict(),
  z.object({ kind: z.literal('guides') }).strict(),
  z.object({ kind: z.literal('help') }).strict(),
  z.object({ kind: z.literal('counter') }).strict(),
  z.object({ kind: z.literal('admin') }).strict(),
  z.object({ kind: z.literal('ticket'), code: z.string().regex(/^[a-z0-9]{16}$/) }).strict(),
]);
