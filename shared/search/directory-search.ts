/**
 * One search box across departments, the tasks people come for and officers' names and duties,
 * in Korean (with 초성: ㅇㄱ → 여권) and English, forgiving about spacing.
 *
 * Ranking: a department's own name first (exact, then beginning, then anywhere, then 초성),
 * then a task keyword, then an officer's name, then an officer's duties.
 */
import { choseongOf, isConsonant, normalize, splitSyllable } from './hangul';

export type SearchDepartment = {
  id: number;
  name: string;
  nameEn: string;
  room: string;
  tasks: string[];
};
export type SearchStaff = {
  id: number;
  departmentId: number;
  name: string;
  team: string;
  duties: string[];
};

export type SearchHit =
  | { kind: 'department'; departmentId: number; score: number; matched: string; via: MatchVia }
  | {
      kind: 'staff';
      staffId: number;
      departmentId: number;
      score: number;
      matched: string;
      via: MatchVia;
    };
export type MatchVia = 'name' | 'task' | 'staff' | 'duty';

/** English words visitors type, and the Korean task words they mean. */
export const ENGLISH_TASKS: Record<string, string[]> = {
  passport: ['여권'],
  'move-in': ['전입신고'],
  movein: ['전입신고'],
  moving: ['전입신고'],
  address: ['전입신고', '주민등록'],
  resident: ['주민등록', '등본', '초본'],
  registration: ['주민등록', '자동차'],
  seal: ['인감'],
  family: ['가족관계'],
  birth: ['출생신고'],
  marriage: ['혼인신고'],
  death: ['사망신고'],
  tax: ['세'],
  car: ['자동차'],
  vehicle: ['자동차'],
  parking: ['주차'],
  building: ['건축'],
  housing: ['주택'],
  welfare: ['복지'],
  senior: ['어르신', '노인'],
  disability: ['장애'],
  land: ['토지', '부동산'],
  property: ['부동산', '재산세'],
};

/** Tier bases: every tier outranks the next whatever the quality of the match inside it. */
const TIER = { name: 4000, task: 3000, staff: 2000, duty: 1000 } as const;
/** Quality inside a tier. */
const QUALITY = { exact: 400, prefix: 300, contains: 200, choseong: 100 } as const;

/**
 * How well `query` (already normalized) matches `text`, or null. A consonant in the query
 * matches a syllable starting with it, so '여ㄱ' and 'ㅇㄱ' both find '여권'; a last syllable
 * still being typed ('역' on the way to '여권') matches as its open syllable plus a consonant.
 */
export function matchQuality(query: string, text: string): number | null {
  if (!query) return null;
  const target = normalize(text);
  if (!target) return null;
  if (target === query) return QUALITY.exact;
  if (target.startsWith(query)) return QUALITY.prefix;
  if (target.includes(query)) return QUALITY.contains;
  for (const q of variants(query)) {
    if (jamoIncludes(target, q)) return QUALITY.choseong;
  }
  return null;
}

function variants(query: string): string[] {
  const list = [query];
  const chars = [...query];
  const last = chars[chars.length - 1] ?? '';
  const parts = splitSyllable(last);
  if (parts && parts.jong && isConsonant(parts.jong)) {
    const open = String.fromCharCode(last.charCodeAt(0) - jongIndex(parts.jong));
    list.push([...chars.slice(0, -1), open, parts.jong].join(''));
  }
  return list;
}

const JONG_ORDER = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const jongIndex = (jong: string): number => Math.max(0, JONG_ORDER.indexOf(jong));

/** Does `target` contain `query` where each query consonant may stand for a whole syllable? */
function jamoIncludes(target: string, query: string): boolean {
  const t = [...target];
  const q = [...query];
  if (!q.some(isConsonant)) return false;
  const cho = [...choseongOf(target)];
  for (let start = 0; start + q.length <= t.length; start++) {
    let ok = true;
    for (let i = 0; i < q.length && ok; i++) {
      const qc = q[i] ?? '';
      ok = t[start + i] === qc || (isConsonant(qc) && cho[start + i] === qc);
    }
    if (ok) return true;
  }
  return false;
}

/** Every department and officer the query finds, best first; one hit per department or officer. */
export function searchDirectory(
  rawQuery: string,
  departments: readonly SearchDepartment[],
  staff: readonly SearchStaff[],
  limit = 12,
): SearchHit[] {
  const query = normalize(rawQuery);
  if (!query) return [];
  const english = Object.entries(ENGLISH_TASKS)
    .filter(([word]) => query.length >= 3 && word.startsWith(query))
    .flatMap(([, words]) => words);

  const best = new Map<string, SearchHit>();
  const offer = (key: string, hit: SearchHit) => {
    const current = best.get(key);
    if (!current || hit.score > current.score) best.set(key, hit);
  };

  departments.forEach((d, order) => {
    const tie = -order / 1000;
    for (const name of [d.name, d.nameEn]) {
      const quality = matchQuality(query, name);
      if (quality !== null)
        offer(`d${d.id}`, {
          kind: 'department',
          departmentId: d.id,
          score: TIER.name + quality + tie,
          matched: name,
          via: 'name',
        });
    }
    for (const task of d.tasks) {
      let quality = matchQuality(query, task);
      if (quality === null && english.some((w) => normalize(task).includes(normalize(w))))
        quality = QUALITY.contains;
      if (quality !== null)
        offer(`d${d.id}`, {
          kind: 'department',
          departmentId: d.id,
          score: TIER.task + quality + tie,
          matched: task,
          via: 'task',
        });
    }
  });

  staff.forEach((s, order) => {
    const tie = -order / 100000;
    const nameQuality = matchQuality(query, s.name);
    if (nameQuality !== null)
      offer(`s${s.id}`, {
        kind: 'staff',
        staffId: s.id,
        departmentId: s.departmentId,
        score: TIER.staff + nameQuality + tie,
        matched: s.name,
        via: 'staff',
      });
    for (const duty of s.duties) {
      const quality = matchQuality(query, duty);
      if (quality !== null)
        offer(`s${s.id}`, {
          kind: 'staff',
          staffId: s.id,
          departmentId: s.departmentId,
          score: TIER.duty + quality + tie,
          matched: duty,
          via: 'duty',
        });
    }
  });

  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
