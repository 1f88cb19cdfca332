/**
 * Sizes of a visitor's feedback, without zod: the kiosk form reads them, and
 * shared/schemas/feedback.ts builds its schema on them.
 */

/** The longest text the kiosk form accepts; long enough for a story, short enough to read. */
export const FEEDBACK_TEXT_MAX = 1000;
