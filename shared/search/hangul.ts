/**
 * Hangul for search and the kiosk's on-screen keyboard: initial consonants (초성) of syllables,
 * and composing typed jamo into syllables the way a Korean keyboard does (두벌식).
 */

export const CHOSEONG = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
export const JUNGSEONG = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'];
export const JONGSEONG = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

const VOWEL_PAIRS: Record<string, string> = {
  ㅗㅏ: 'ㅘ',
  ㅗㅐ: 'ㅙ',
  ㅗㅣ: 'ㅚ',
  ㅜㅓ: 'ㅝ',
  ㅜㅔ: 'ㅞ',
  ㅜㅣ: 'ㅟ',
  ㅡㅣ: 'ㅢ',
};
const FINAL_PAIRS: Record<string, string> = {
  ㄱㅅ: 'ㄳ',
  ㄴㅈ: 'ㄵ',
  ㄴㅎ: 'ㄶ',
  ㄹㄱ: 'ㄺ',
  ㄹㅁ: 'ㄻ',
  ㄹㅂ: 'ㄼ',
  ㄹㅅ: 'ㄽ',
  ㄹㅌ: 'ㄾ',
  ㄹㅍ: 'ㄿ',
  ㄹㅎ: 'ㅀ',
  ㅂㅅ: 'ㅄ',
};

export const isSyllable = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
};
export const isConsonant = (ch: string): boolean => CHOSEONG.includes(ch);
export const isVowel = (ch: string): boolean => JUNGSEONG.includes(ch);

/** A syllable's parts: 초성, 중성 and 종성 ('' when none). */
export function splitSyllable(ch: string): { cho: string; jung: string; jong: string } | null {
  if (!isSyllable(ch)) return null;
  const index = ch.charCodeAt(0) - SYLLABLE_FIRST;
  return {
    cho: CHOSEONG[Math.floor(index / 588)] ?? '',
    jung: JUNGSEONG[Math.floor((index % 588) / 28)] ?? '',
    jong: JONGSEONG[index % 28] ?? '',
  };
}

export function joinSyllable(cho: string, jung: string, jong = ''): string {
  const c = CHOSEONG.indexOf(cho);
  const v = JUNGSEONG.indexOf(jung);
  const f = JONGSEONG.indexOf(jong);
  if (c < 0 || v < 0 || f < 0) return cho + jung + jong;
  return String.fromCharCode(SYLLABLE_FIRST + (c * 21 + v) * 28 + f);
}

/** Each syllable replaced by its initial consonant: '여권 발급' → 'ㅇㄱ ㅂㄱ'. */
export function choseongOf(text: string): string {
  return [...text].map((ch) => splitSyllable(ch)?.cho ?? ch).join('');
}

type Block = { cho: string; jung: string; jong: string[] };

/**
 * Composes what was typed, key by key, into text: ['ㅇ','ㅕ','ㄱ','ㅜ','ㅓ','ㄴ'] → '여권'.
 * Anything that is not a jamo (a space, a letter, a digit) is kept as it is.
 */
export function composeJamo(keys: readonly string[]): string {
  let out = '';
  let block: Block | null = null;
  const render = (b: Block): string => {
    const jong = b.jong.length === 2 ? (FINAL_PAIRS[b.jong.join('')] ?? '') : (b.jong[0] ?? '');
    if (b.cho && b.jung) return joinSyllable(b.cho, b.jung, jong);
    return b.cho + b.jung;
  };
  const flush = () => {
    if (block) out += render(block);
    block = null;
  };
  for (const key of keys) {
    const b = block as Block | null;
    if (isConsonant(key)) {
      if (b && b.cho && b.jung && b.jong.length === 0 && JONGSEONG.includes(key)) {
        b.jong = [key];
      } else if (b && b.cho && b.jung && b.jong.length === 1 && FINAL_PAIRS[b.jong[0] + key]) {
        b.jong = [b.jong[0] ?? '', key];
      } else {
        flush();
        block = { cho: key, jung: '', jong: [] };
      }
    } else if (isVowel(key)) {
      if (b && b.jong.length > 0) {
        const moved = b.jong.pop() ?? '';
        flush();
        block = { cho: moved, jung: key, jong: [] };
      } else if (b && b.jung && VOWEL_PAIRS[b.jung + key]) {
        b.jung = VOWEL_PAIRS[b.jung + key] ?? key;
      } else if (b && b.cho && !b.jung) {
        b.jung = key;
      } else {
        flush();
        block = { cho: '', jung: key, jong: [] };
      }
    } else {
      flush();
      out += key;
    }
  }
  flush();
  return out;
}

/** Lower case, without spaces or punctuation: forgiving spacing ('여권 발급' matches '여권발급'). */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s·.,\-_/()[\]'"“”‘’:;!?&+]+/g, '');
}
