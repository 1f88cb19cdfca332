/**
 * Complex petitions (복합민원, C8): which cases the profile counts as complex, who becomes the
 * guardian (민원후견인), and when the progress notice is due. Pure: no database.
 */
import type { ComplexPetitionSection } from '../../shared/profiles/sections';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PetitionRuling =
  { complex: true } | { complex: false; code: 'charter_silent' | 'not_complex'; message: string };

/** Whether a case touching `departments` departments with `legalDays` processing time is complex. */
export function ruleOnPetition(
  rule: ComplexPetitionSection,
  departments: number,
  legalDays: number,
): PetitionRuling {
  if (rule.minDepartments === null && rule.minDays === null) {
    return {
      complex: false,
      code: 'charter_silent',
      message: 'This hall’s charter sets no rule for complex petitions.',
    };
  }
  const short: string[] = [];
  if (rule.minDepartments !== null && departments < rule.minDepartments) {
    short.push(`it must involve at least ${rule.minDepartments} departments`);
  }
  if (rule.minDays !== null && legalDays < rule.minDays) {
    short.push(`its legal processing time must be at least ${rule.minDays} days`);
  }
  if (short.length > 0) {
    return {
      complex: false,
      code: 'not_complex',
      message: `Not a complex petition under this hall’s charter: ${short.join(' and ')}.`,
    };
  }
  return { complex: true };
}

/** "지방행정주사(6급)" → 6; null when the grade names no number. */
export function gradeNumber(grade: string): number | null {
  const m = /(\d)\s*급/.exec(grade);
  return m ? Number(m[1]) : null;
}

export type GuardianCandidate = { id: number; departmentId: number; grade: string };

/** 사무관 (grade 5) and above head a department; they are not a case's everyday guardian. */
const HEAD_GRADE = 5;

/**
 * The guardian: an officer of the lead department. With a minimum grade in the profile (Anyang:
 * 6급 이상), those of that grade or higher, the closest to it first (a 6급 team leader before
 * the head of the department). Without one, anyone but the head, the most senior first, unless
 * the head is the only officer. Among equals, the one with the fewest open petitions, then the
 * lowest id. Null when nobody qualifies.
 */
export function chooseGuardian(
  candidates: readonly GuardianCandidate[],
  leadDepartmentId: number,
  guardianGrade: number | null,
  openLoad: ReadonlyMap<number, number>,
): number | null {
  const ofDepartment = candidates
    .filter((c) => c.departmentId === leadDepartmentId)
    .map((c) => ({ ...c, rank: gradeNumber(c.grade) ?? 10 }));
  let eligible = ofDepartment.filter((c) => guardianGrade === null || c.rank <= guardianGrade);
  if (guardianGrade === null && eligible.some((c) => c.rank > HEAD_GRADE)) {
    eligible = eligible.filter((c) => c.rank > HEAD_GRADE);
  }
  // With a minimum grade: the closest to it first; without: the most senior first.
  const seniority = (rank: number) => (guardianGrade === null ? rank : -rank);
  eligible.sort(
    (a, b) =>
      (openLoad.get(a.id) ?? 0) - (openLoad.get(b.id) ?? 0) ||
      seniority(a.rank) - seniority(b.rank) ||
      a.id - b.id,
  );
  return eligible[0]?.id ?? null;
}

/** When the progress notice is due; null when the charter sets no notice period. */
export function noticeDueAt(receivedAt: string, noticeWithinDays: number | null): string | null {
  if (noticeWithinDays === null) return null;
  return new Date(Date.parse(receivedAt) + noticeWithinDays * DAY_MS).toISOString();
}

/** Overdue: the notice is due, not given, the case still open, and the deadline has passed. */
export function noticeOverdue(
  p: { noticeDueAt: string | null; noticedAt: string | null; closedAt: string | null },
  now: Date,
): boolean {
  return (
    p.noticeDueAt !== null &&
    p.noticedAt === null &&
    p.closedAt === null &&
    now.getTime() > Date.parse(p.noticeDueAt)
  );
}
