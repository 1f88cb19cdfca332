/** Shorthand for a profile's seed citations: `cite('000')(34, '1시간 이내')`. */
import type { SeedRef } from './schema';

export const citeFrom =
  (seed: SeedRef['seed']) =>
  (line: number, quote: string): SeedRef => ({ seed, line, quote });

/** Every numbered promise of `OtherPromisesSection` unset: a profile states only its own. */
export const noOtherPromises = {
  findPlaceMin: null,
  findOfficerMin: null,
  stopWorkSec: null,
  phoneMessageCallbackMin: null,
  petitionHandoverMin: null,
  procedureContactMin: null,
  inquiryAnswerDays: null,
  lawInquiryDays: null,
  certificateMin: null,
  conductAnswerDays: null,
  conductStrikes: null,
  noContactDays: null,
  delayNoticeMin: null,
  interimNoticeDays: null,
  disclosureDays: null,
  phoneRings: null,
  phoneTransferSec: null,
} as const;

/** The hall's operating settings for the call bell that no charter states. */
export const annaeHelperSettings = { escalateAfterMin: 2, walkMin: 2 } as const;
