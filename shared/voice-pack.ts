/**
 * Voice packs: a call spoken from recorded clips, as the hardware callers halls use do. The clip
 * keys are the Korean words themselves, so a pack's manifest reads as what it says.
 */
import { sinoKorean } from './korean-numbers';

/** The number words a call needs: 1023 reads 천, 이, 십, 삼. */
export const NUMBER_CLIPS = [
  '일',
  '이',
  '삼',
  '사',
  '오',
  '육',
  '칠',
  '팔',
  '구',
  '십',
  '백',
  '천',
];
export const CUSTOMER_CLIP = '번 고객님';
export const COUNTER_CLIP = '번 창구로 오십시오';
/** Replaces the built-in two-tone chime when the pack has it. */
export const CHIME_CLIP = 'chime';
/** Every pack has these: any call up to 9,999 at any counter up to 9,999 can be said. */
export const REQUIRED_CLIPS = [...NUMBER_CLIPS, CUSTOMER_CLIP, COUNTER_CLIP];
/** Say more when present: 0 (영) and numbers from 10,000 (만). */
export const OPTIONAL_CLIPS = [CHIME_CLIP, '영', '만'];
export const CLIP_KEYS = [...REQUIRED_CLIPS, ...OPTIONAL_CLIPS];

/** The engine's text for each clip when a pack is rendered by server speech (the demo's). */
export const clipText = (key: string): string => (key === CHIME_CLIP ? '딩동' : key);

/** A number as clips (1023 → 천 이 십 삼), or null when it is not all digits. */
export function numberClips(number: string): string[] | null {
  if (!/^\d{1,8}$/.test(number)) return null;
  return [...sinoKorean(Number(number))];
}

/**
 * The clips of one call, in order: [chime], number, 번 고객님, counter, 번 창구로 오십시오. Null when
 * the pack lacks a word this call needs (the screen then speaks it another way).
 */
export function callClips(
  number: string,
  counter: number,
  clips: readonly string[],
): string[] | null {
  const have = new Set(clips);
  const ticket = numberClips(number);
  const window = numberClips(String(counter));
  if (!ticket || !window) return null;
  const line = [
    ...(have.has(CHIME_CLIP) ? [CHIME_CLIP] : []),
    ...ticket,
    CUSTOMER_CLIP,
    ...window,
    COUNTER_CLIP,
  ];
  return line.every((key) => have.has(key)) ? line : null;
}
