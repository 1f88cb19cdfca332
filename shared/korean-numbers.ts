/** Numbers as a Korean voice reads them on the board: Sino-Korean numerals (1023 → 천이십삼). */
const DIGITS = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const SMALL_UNITS = ['', '십', '백', '천'];
const LARGE_UNITS = ['', '만', '억', '조'];

/** Below 10,000: 일 is dropped before 십, 백 and 천 (1023 → 천이십삼, not 일천이십삼). */
function underTenThousand(n: number): string {
  let out = '';
  const digits = String(n).padStart(4, '0').split('').map(Number);
  digits.forEach((digit, i) => {
    const unit = SMALL_UNITS[3 - i] ?? '';
    if (digit === 0) return;
    out += (digit === 1 && unit ? '' : DIGITS[digit]) + unit;
  });
  return out;
}

export function sinoKorean(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n === 0) return '영';
  let out = '';
  let rest = n;
  let group = 0;
  while (rest > 0) {
    const part = rest % 10_000;
    if (part > 0) {
      // 10,000 reads 만, not 일만; but 100,000,000 reads 일억.
      const words = part === 1 && group === 1 ? '' : underTenThousand(part);
      out = words + (LARGE_UNITS[group] ?? '') + out;
    }
    rest = Math.floor(rest / 10_000);
    group += 1;
  }
  return out;
}

/** Reads every run of digits in a text as a Sino-Korean number. */
export function readNumbersAloud(text: string): string {
  return text.replace(/\d+/g, (digits) => sinoKorean(Number(digits)));
}

/**
 * The board's spoken call from the profile's template: "딩동. {number} 번 고객님, {counter} 번
 * 창구로 오십시오." with 1023 and 2 → "딩동. 천이십삼 번 고객님, 이 번 창구로 오십시오."
 */
export function callAnnouncement(
  template: string,
  number: string,
  counter: number,
  read = true,
): string {
  const line = template.replace('{number}', number).replace('{counter}', String(counter));
  return read ? readNumbersAloud(line) : line;
}
