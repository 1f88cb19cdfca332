/**
 * Free text from a request (names, titles, notes, complaints): NFC, trimmed of spaces and invisible
 * characters, and free of control and bidi-override characters, before any length is checked.
 * Every schema uses `line()` or `multiline()` instead of `z.string()` for such fields.
 */
import { z } from 'zod';

/** The code a rejected character gets, so the screens can say why in Korean. */
export const INVALID_TEXT = 'invalid_text';

// C0 and C1 controls (U+0085 included), DEL, and the bidi embeddings, overrides and isolates that
// can make a name read backwards on a board (U+202A–U+202E, U+2066–U+2069).
const LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// Multi-line text keeps tab and newline (a CR is turned into a newline first).
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

// Spaces and characters that draw nothing: format characters (zero-width space, joiners, BOM …),
// the Hangul fillers, the combining grapheme joiner and the blank braille pattern. Trimmed from the
// ends, so a name made only of them is empty and fails its `min(1)`.
const INVISIBLE = '\\p{White_Space}\\p{Cf}\\u115f\\u1160\\u3164\\uffa0\\u034f\\u2800';
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');

const stripInvisible = (value: string) => value.replace(EDGES, '');

const refusal = {
  message: 'contains a control or text-direction character',
  params: { annae: INVALID_TEXT },
};

// The order matters: spaces and line breaks at the ends (a paste from a spreadsheet) are trimmed
// first; what is left is checked, so a direction override at either end is refused, not hidden;
// then the invisible ends go, before the caller's `.min()` / `.max()`.

/** One line of text: a name, a title, a short note. Chain `.min()` / `.max()` after it. */
export const line = () =>
  z
    .string()
    .overwrite((value) => value.normalize('NFC').trim())
    .refine((value) => !LINE_FORBIDDEN.test(value), refusal)
    .overwrite(stripInvisible);

/** Text that may run over several lines: a complaint, an answer, a page body. */
export const multiline = () =>
  z
    .string()
    .overwrite((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((value) => !MULTILINE_FORBIDDEN.test(value), refusal)
    .overwrite(stripInvisible);

/** Whether a zod issue is one of the refusals above. */
export const isInvalidText = (issue: { code: string; params?: unknown }): boolean =>
  issue.code === 'custom' &&
  (issue.params as { annae?: string } | undefined)?.annae === INVALID_TEXT;
