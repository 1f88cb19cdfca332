import { describe, expect, it } from 'vitest';
import { callAnnouncement, readNumbersAloud, sinoKorean } from '../../shared/korean-numbers';
import { profileById } from '../../shared/profiles';

describe('sinoKorean', () => {
  it.each([
    [0, '영'],
    [1, '일'],
    [10, '십'],
    [11, '십일'],
    [20, '이십'],
    [101, '백일'],
    [110, '백십'],
    [1000, '천'],
    [1023, '천이십삼'],
    [2001, '이천일'],
    [9999, '구천구백구십구'],
    [10000, '만'],
    [10001, '만일'],
    [12345, '만이천삼백사십오'],
  ])('reads %i as %s', (n, words) => {
    expect(sinoKorean(n)).toBe(words);
  });

  it('refuses what is not a whole number', () => {
    expect(() => sinoKorean(-1)).toThrow(RangeError);
    expect(() => sinoKorean(1.5)).toThrow(RangeError);
  });
});

describe('readNumbersAloud', () => {
  it('reads every run of digits and leaves the words', () => {
    expect(readNumbersAloud('2001 번, 12 번 창구')).toBe('이천일 번, 십이 번 창구');
  });
});

describe('callAnnouncement', () => {
  const template = profileById('demo').queue.voiceLine;

  it('fills the demo profile template and reads the numbers in Sino-Korean', () => {
    expect(template).toBe('딩동. {number} 번 고객님, {counter} 번 창구로 오십시오.');
    expect(callAnnouncement(template, '1023', 2)).toBe(
      '딩동. 천이십삼 번 고객님, 이 번 창구로 오십시오.',
    );
  });

  it('keeps the digits when asked not to read them', () => {
    expect(callAnnouncement(template, '1023', 2, false)).toBe(
      '딩동. 1023 번 고객님, 2 번 창구로 오십시오.',
    );
  });
});
