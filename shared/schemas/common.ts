/** Small schemas every other schema file builds on. */
import { z } from 'zod';

export const Id = z.number().int().positive();
export const IdParam = z.coerce.number().int().positive();
export const IsoTime = z.string().datetime({ offset: true });
/** "HH:MM" on the hall's clock. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
export const Lang = z.enum(['ko', 'en']);
export type Lang = z.infer<typeof Lang>;
