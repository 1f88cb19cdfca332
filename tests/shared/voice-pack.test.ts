/** A call as voice-pack clips: the number words in reading order, then the fixed phrases. */
import { describe, expect, it } from 'vitest';
import { callClips, numberClips, REQUIRED_CLIPS } from '../../shared/voice-pack';

describe('call clips', () => {
  it('reads 1023 at counter 2 as 천 이 십 삼, 번 고객님, 이, 번 창구로 오십시오', () => {
    expect(callClips('1023', 2, REQUIRED_CLIPS)).toEqual([
      '천',
      '이',
      '십',
      '삼',
      '번 고객님',
      '이',
      '번 창구로 오십시오',
    ]);
  });

  it('drops 일 before 십, 백 and 천 as a voice reads them (1111 → 천 백 십 일)', () => {
    expect(numberClips('1111')).toEqual(['천', '백', '십', '일']);
    expect(numberClips('0207')).toEqual(['이', '백', '칠']);
  });

  it('starts with the pack’s chime when it has one', () => {
    expect(callClips('5', 11, [...REQUIRED_CLIPS, 'chime'])).toEqual([
      'chime',
      '오',
      '번 고객님',
      '십',
      '일',
      '번 창구로 오십시오',
    ]);
  });

  it('is null when the pack lacks a word or the number is not digits', () => {
    expect(callClips('12000', 1, REQUIRED_CLIPS)).toBeNull(); // needs 만
    expect(callClips('12000', 1, [...REQUIRED_CLIPS, '만'])).toEqual([
      '만',
      '이',
      '천',
      '번 고객님',
      '일',
      '번 창구로 오십시오',
    ]);
    expect(callClips('A12', 1, REQUIRED_CLIPS)).toBeNull();
    expect(
      callClips(
        '12',
        1,
        REQUIRED_CLIPS.filter((k) => k !== '번 고객님'),
      ),
    ).toBeNull();
  });
});
