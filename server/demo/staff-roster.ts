/**
 * The demo hall's fictional staff: names drawn from common surname and given-name syllables by
 * a seeded random source, so every run seats the same people in the same chairs.
 */
import type { Presence } from '../../shared/schemas/hall';
import type { DemoDepartment } from './departments';
import { seededRandom, type Random } from './random';

/** A person the outline names, with the seat chart's Korean status words. */
export type OutlinePerson = {
  dept: string;
  team: string;
  position: string;
  grade: string;
  name: string;
  duties: string[];
  ext: string;
  seat: { row: number; col: number };
  status: string;
  status_note: string;
  return_at: string | null;
  proxy: string | null;
};

export type RosterEntry = {
  /** 1-based position in the roster; names the portrait file. */
  index: number;
  departmentSlug: string;
  name: string;
  team: string;
  position: string;
  grade: string;
  duties: string[];
  extension: string;
  /** Row 0 is the head of the department's desk at the head of the room; teams sit from row 1. */
  seat: { row: number; col: number };
  presence: Presence;
  presenceNote: string;
  returnAt: string | null;
  /** Roster index of the stand-in (대리자), for those who are away from their desk. */
  proxyIndex: number | null;
  /** Seed of the generated portrait, or null without photo consent (the UI shows a silhouette). */
  portraitSeed: number | null;
};

/** The outline's status vocabulary, in the order of `Presence`. */
const STATUS_WORDS: Record<string, Presence> = {
  재실: 'in',
  부재: 'away',
  출장: 'trip',
  교육: 'training',
  회의: 'meeting',
  휴가: 'leave',
  외근: 'field',
  '점심(교대)': 'lunch',
  창구근무: 'counter',
};

// Repeated surnames weight the draw roughly as they are spread in Korea.
const SURNAMES = [
  ...['김', '김', '김', '김', '김', '이', '이', '이', '이', '박', '박', '박'],
  ...['최', '최', '정', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'],
  ...['황', '안', '송', '전', '홍', '유', '고', '문', '양', '손', '배', '백'],
];
const GIVEN_NAMES = [
  ...['민준', '서연', '지훈', '하은', '도윤', '수빈', '예준', '지우', '현우', '서윤', '준서'],
  ...['민서', '유진', '지민', '승현', '은지', '태윤', '다은', '성민', '혜진', '재원', '소영'],
  ...['동현', '미경', '영호', '정희', '상철', '경숙', '진호', '수정', '은영', '성호', '미란'],
  ...['준호', '지영', '현정', '태호', '선희', '민석', '보람', '상우', '나연', '우진', '가은'],
  ...['주원', '채원', '건우', '소윤', '재훈', '혜원', '경민', '세영', '종현', '윤아', '석진'],
  ...['하린', '정민', '수아', '기현', '다인', '영미', '광수', '명숙', '창민', '은숙', '형준'],
];

const HEAD_DUTIES = ['소관 민원 최종 결재', '복합민원 조정', '부서 예산·인력 관리'];

/** Where the officers of the counters' teams sit today (the closed counters have nobody). */
const TEAM_COUNTERS: Record<string, number[]> = {
  민원팀: [1, 2, 3, 4, 5, 0],
  가족관계팀: [6, 7],
  여권팀: [8, 9, 11],
};

/** Who is away from the desk right now, and what the seat chart says about it. */
const ABSENCES: { presence: Presence; note: string; returnAt: string | null }[] = [
  { presence: 'training', note: '14:00 복귀 예정', returnAt: '14:00' },
  { presence: 'meeting', note: '11:00 복귀 예정', returnAt: '11:00' },
  { presence: 'trip', note: '16:00 복귀 예정', returnAt: '16:00' },
  { presence: 'away', note: '잠시 자리 비움', returnAt: null },
  { presence: 'leave', note: '', returnAt: null },
  { presence: 'field', note: '15:30 복귀 예정', returnAt: '15:30' },
  { presence: 'lunch', note: '13:00 복귀 예정', returnAt: '13:00' },
  { presence: 'training', note: '14:00 복귀 예정', returnAt: '14:00' },
  { presence: 'meeting', note: '11:00 복귀 예정', returnAt: '11:00' },
  { presence: 'away', note: '잠시 자리 비움', returnAt: null },
  { presence: 'leave', note: '', returnAt: null },
  { presence: 'lunch', note: '13:00 복귀 예정', returnAt: '13:00' },
];

const isPresent = (e: RosterEntry) => e.presence === 'in' || e.presence === 'counter';
const withoutTitle = (name: string) => name.split(' ')[0] ?? name;

function memberGrade(series: string, random: Random): string {
  const r = random.next();
  if (r < 0.45) return `지방${series}주사보(7급)`;
  if (r < 0.8) return `지방${series}서기(8급)`;
  return `지방${series}서기보(9급)`;
}

/**
 * The whole staff, department by department in seat order. People the outline names keep their
 * seats, statuses and stand-ins; a stand-in it names but does not describe joins the same team.
 */
export function demoRoster(
  departments: readonly DemoDepartment[],
  outline: readonly OutlinePerson[],
  seed = 20240901,
): RosterEntry[] {
  const names = seededRandom(seed);
  const duties = seededRandom(seed + 1);
  const presence = seededRandom(seed + 2);
  const photos = seededRandom(seed + 3);

  const people = [...outline];
  for (const person of outline) {
    const proxy = person.proxy && withoutTitle(person.proxy);
    if (proxy && !people.some((p) => p.name === proxy)) {
      people.push({
        ...person,
        name: proxy,
        position: person.proxy?.split(' ')[1] ?? '주무관',
        duties: [],
        ext: '',
        seat: { row: person.seat.row, col: 0 },
        status: '재실',
        status_note: '',
        return_at: null,
        proxy: null,
      });
    }
  }

  const taken = new Set(people.map((p) => p.name));
  const newName = (): string => {
    for (;;) {
      const name = names.pick(SURNAMES) + names.pick(GIVEN_NAMES);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };

  const roster: RosterEntry[] = [];
  const add = (entry: Omit<RosterEntry, 'index' | 'proxyIndex' | 'portraitSeed'>) => {
    const index = roster.length + 1;
    roster.push({
      ...entry,
      index,
      proxyIndex: null,
      portraitSeed: photos.next() < 0.85 ? seed + index : null,
    });
  };

  for (const dept of departments) {
    const extension = (row: number, col: number) =>
      `02-0000-${dept.extensionBase + (row === 0 ? 90 : row * 10 + col - 10)}`;
    add({
      departmentSlug: dept.slug,
      name: newName(),
      team: '',
      position: dept.head,
      grade: `지방${dept.series}사무관(5급)`,
      duties: [`${dept.name} 업무 총괄`, duties.pick(HEAD_DUTIES)],
      extension: extension(0, 1),
      seat: { row: 0, col: 1 },
      presence: 'in',
      presenceNote: '',
      returnAt: null,
    });

    dept.teams.forEach((team, t) => {
      const row = t + 1;
      const known = people.filter((p) => p.dept === dept.name && p.team === team.name);
      const counters = [...(TEAM_COUNTERS[team.name] ?? [])];
      const usedCols = new Set(known.map((p) => p.seat.col));
      let nextCol = 1;
      const freeCol = () => {
        while (usedCols.has(nextCol)) nextCol += 1;
        usedCols.add(nextCol);
        return nextCol;
      };
      const seats = new Map<number, OutlinePerson | null>();
      for (const p of known) seats.set(p.seat.col > 0 ? p.seat.col : freeCol(), p);
      while (seats.size < team.size) seats.set(freeCol(), null);

      for (const [col, person] of [...seats].sort(([a], [b]) => a - b)) {
        const leader = col === 1;
        if (person) {
          const shared = duties.shuffle(team.duties).slice(0, 2);
          add({
            departmentSlug: dept.slug,
            name: person.name,
            team: team.name,
            position: person.position,
            grade: person.grade,
            duties: person.duties.length > 0 ? person.duties : shared,
            extension: person.ext || extension(row, col),
            seat: { row, col },
            presence: STATUS_WORDS[person.status] ?? 'in',
            presenceNote: person.status_note,
            returnAt: person.return_at,
          });
          continue;
        }
        const counter = leader ? undefined : counters.shift();
        add({
          departmentSlug: dept.slug,
          name: newName(),
          team: team.name,
          position: leader ? '팀장' : '주무관',
          grade: leader ? `지방${dept.series}주사(6급)` : memberGrade(dept.series, duties),
          duties: leader
            ? [`${team.name} 업무 총괄`, '민원후견인']
            : duties.shuffle(team.duties).slice(0, duties.int(2, 3)),
          extension: extension(row, col),
          seat: { row, col },
          presence: counter === undefined ? 'in' : 'counter',
          presenceNote: counter === undefined ? '' : `${counter}번 창구`,
          returnAt: null,
        });
      }
    });
  }

  // Send a few people away from their desks: about one in four of an office at most, and never
  // the last one of a team (for a head, the last team leader) who could stand in for them.
  const fixed = new Set(people.map((p) => p.name));
  const candidates = presence.shuffle(roster.filter((e) => !fixed.has(e.name)));
  const sentAway = new Map<string, number>();
  const covered = (e: RosterEntry) =>
    roster.some(
      (o) =>
        o !== e &&
        o.departmentSlug === e.departmentSlug &&
        isPresent(o) &&
        (e.team === '' ? o.position === '팀장' : o.team === e.team),
    );
  for (const absence of ABSENCES) {
    const entry = candidates.find((e) => {
      const officeSize = roster.filter((o) => o.departmentSlug === e.departmentSlug).length;
      const cap = Math.max(1, Math.floor(officeSize / 4));
      return isPresent(e) && (sentAway.get(e.departmentSlug) ?? 0) < cap && covered(e);
    });
    if (!entry) break;
    sentAway.set(entry.departmentSlug, (sentAway.get(entry.departmentSlug) ?? 0) + 1);
    entry.presence = absence.presence;
    entry.presenceNote = absence.note;
    entry.returnAt = absence.returnAt;
  }

  // Stand-ins: the outline's own, then for everyone away a colleague at their desk, from the same
  // team if possible (a head's stand-in is a team leader), preferring those not at a counter.
  const byName = new Map(roster.map((e) => [e.name, e]));
  for (const person of people) {
    const entry = byName.get(person.name);
    const proxy = person.proxy ? byName.get(withoutTitle(person.proxy)) : undefined;
    if (entry && proxy) entry.proxyIndex = proxy.index;
  }
  for (const entry of roster) {
    if (isPresent(entry) || entry.proxyIndex !== null) continue;
    const rank = (o: RosterEntry) =>
      (o.team === entry.team ? 0 : 2) +
      (entry.team === '' && o.position === '팀장' ? -2 : 0) +
      (o.presence === 'counter' ? 1 : 0);
    const [proxy] = roster
      .filter((o) => o.departmentSlug === entry.departmentSlug && o !== entry && isPresent(o))
      .sort((a, b) => rank(a) - rank(b) || a.index - b.index);
    entry.proxyIndex = proxy?.index ?? null;
  }
  return roster;
}
