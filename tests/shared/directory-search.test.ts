import { describe, expect, it } from 'vitest';
import { choseongOf, composeJamo, normalize } from '../../shared/search/hangul';
import {
  searchDirectory,
  type SearchDepartment,
  type SearchStaff,
} from '../../shared/search/directory-search';

const departments: SearchDepartment[] = [
  {
    id: 1,
    name: '민원여권과',
    nameEn: 'Civil Affairs and Passport Division',
    room: '101',
    tasks: ['여권', '여권 발급', '전입신고', '인감증명'],
  },
  { id: 2, name: '세무1과', nameEn: 'Tax Division 1', room: '201', tasks: ['취득세', '재산세'] },
  { id: 4, name: '재산세과', nameEn: 'Property Tax', room: '202', tasks: [] },
  { id: 3, name: '여권민원실', nameEn: 'Passport Desk', room: '102', tasks: [] },
];
const staff: SearchStaff[] = [
  { id: 10, departmentId: 2, name: '김여권', team: '세무팀', duties: ['취득세 신고'] },
  {
    id: 11,
    departmentId: 1,
    name: '박민수',
    team: '여권팀',
    duties: ['여권 교부', '긴급여권 발급'],
  },
];

describe('hangul', () => {
  it('composes typed jamo into syllables, with compound vowels, finals and 쌍자음', () => {
    expect(composeJamo([...'ㅇㅕㄱㅜㅓㄴ'])).toBe('여권');
    expect(composeJamo([...'ㅈㅓㄴㅇㅣㅂ'])).toBe('전입');
    expect(composeJamo([...'ㅇㅣㄴㄱㅏㅁ'])).toBe('인감');
    expect(composeJamo([...'ㄸㅏㄹㄱ'])).toBe('딹');
    expect(composeJamo([...'ㅇㅓㅂㅅㅇㅓ'])).toBe('없어');
    expect(composeJamo([...'ㅇㄱ'])).toBe('ㅇㄱ');
    expect(composeJamo([...'ㅇㅕㄱ'])).toBe('역');
    expect(composeJamo(['ㅇ', 'ㅏ', ' ', 'a'])).toBe('아 a');
  });

  it('reads initial consonants and forgives spacing', () => {
    expect(choseongOf('여권 발급')).toBe('ㅇㄱ ㅂㄱ');
    expect(normalize(' 여권  발급 ')).toBe('여권발급');
    expect(normalize('Tax Division-1')).toBe('taxdivision1');
  });
});

describe('directory search', () => {
  const ids = (q: string) =>
    searchDirectory(q, departments, staff).map((h) =>
      h.kind === 'department' ? `d${h.departmentId}:${h.via}` : `s${h.staffId}:${h.via}`,
    );

  it('ranks a department name first, then a task, then officers by name, then by duties', () => {
    expect(ids('여권')).toEqual(['d3:name', 'd1:name', 's10:staff', 's11:duty']);
    expect(ids('재산세')).toEqual(['d4:name', 'd2:task']);
    expect(ids('취득세')).toEqual(['d2:task', 's10:duty']);
    expect(ids('긴급여권')).toEqual(['s11:duty']);
    expect(ids('민원여권과')[0]).toBe('d1:name');
  });

  it('finds by 초성 and by a half-typed last syllable', () => {
    expect(ids('ㅇㄱ')).toContain('d1:name');
    expect(ids('ㅈㅇㅅㄱ')).toEqual(['d1:task']);
    expect(ids('여ㄱ')).toContain('d1:name');
    expect(ids('역')).toContain('d1:name');
    expect(ids('ㅊㄷㅅ')).toEqual(['d2:task', 's10:duty']);
    expect(ids('ㅂㅁㅅ')).toEqual(['s11:staff']);
  });

  it('forgives spacing and finds English names and task words', () => {
    expect(ids('전입 신고')).toEqual(['d1:task']);
    expect(ids('여권발급')[0]).toBe('d1:task');
    expect(ids('tax division')).toEqual(['d2:name']);
    expect(ids('passport')).toEqual(expect.arrayContaining(['d1:name', 'd3:name']));
    expect(ids('move-in')).toEqual(['d1:task']);
  });

  it('finds nothing for nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('없는부서')).toEqual([]);
  });
});
