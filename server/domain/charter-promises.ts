/**
 * The charter's promises as a table of calculators (C11): each names its CHARTER.md row, reads
 * its target from the profile and turns the report's rows into outcomes, one per record whose
 * deadline has passed or which was done. A promise the product cannot measure is a row of
 * UNMEASURED with the reason, so the report lists every promise of the charter, never drops one.
 */
import type { PromiseId } from '../../shared/charter-report';
import type { CharterProfile } from '../../shared/profiles/schema';
import type { ReportComplaint, ReportInput, ReportTicket } from './charter-report';

const MIN_MS = 60_000;
const DAY_MS = 24 * 60 * MIN_MS;

/** One record measured against its promise; `label` names a broken case for the officer. */
export type Outcome = { at: string; kept: boolean; department: string; label: string };

export type Calculator = {
  id: PromiseId;
  charter: string;
  unit: 'min' | 'day';
  target: (profile: CharterProfile) => number | null;
  outcomes: (input: ReportInput, target: number) => Outcome[];
};

/**
 * Done by the deadline is kept; done after it, or still open once it has passed, is broken;
 * still open before it is not measured yet (null).
 */
export function deadlineOutcome(
  dueMs: number,
  doneAt: string | null,
  nowMs: number,
): boolean | null {
  if (doneAt !== null) return Date.parse(doneAt) <= dueMs;
  return nowMs > dueMs ? false : null;
}

const measured = (o: Omit<Outcome, 'kept'> & { kept: boolean | null }): Outcome[] =>
  o.kept === null ? [] : [{ ...o, kept: o.kept }];

/** C5: every ticket issued counts once its target passes: called in time, or broken. */
function waitOutcomes(input: ReportInput, target: number): Outcome[] {
  const nowMs = input.now.getTime();
  return input.tickets.flatMap((t: ReportTicket) => {
    const dueMs = Date.parse(t.issuedAt) + target * MIN_MS;
    // A visitor who left the line from the phone before the target passed was not kept waiting
    // past it; one who left after it had already waited too long.
    if (t.firstCalledAt === null && t.cancelledAt && Date.parse(t.cancelledAt) <= dueMs) return [];
    return measured({
      at: t.issuedAt,
      department: t.departmentName ?? '',
      label: `${t.number} · ${t.serviceName}`,
      // A ticket closed at day end without a call passed its target unserved: broken.
      kept: deadlineOutcome(dueMs, t.firstCalledAt, nowMs),
    });
  });
}

/** C4: from the bell to the helper at the visitor's side; a page the visitor cancelled is not. */
function helperOutcomes(input: ReportInput, target: number): Outcome[] {
  const nowMs = input.now.getTime();
  return input.helpPages
    .filter((p) => p.cancelledAt === null)
    .flatMap((p) =>
      measured({
        at: p.requestedAt,
        department: p.departmentName ?? '',
        label: p.departmentName ?? '',
        kept: deadlineOutcome(Date.parse(p.requestedAt) + target * MIN_MS, p.arrivedAt, nowMs),
      }),
    );
}

/** C3: against the deadline fixed when the callback was taken, never today's profile. */
function callbackOutcomes(input: ReportInput): Outcome[] {
  const nowMs = input.now.getTime();
  return input.callbacks.flatMap((c) =>
    measured({
      at: c.createdAt,
      department: c.departmentName ?? '',
      label: c.departmentName ?? '',
      kept: deadlineOutcome(Date.parse(c.deadlineAt), c.calledAt ?? c.doneAt, nowMs),
    }),
  );
}

/**
 * C9: complaints and suggestions by one stage's time stamp. Praise needs no answer, nor does an
 * anonymous complaint where the charter says it gets none (Anyang, Pocheon).
 */
const complaintStage =
  (stage: 'assign' | 'investigate' | 'answer', doneOf: (c: ReportComplaint) => string | null) =>
  (input: ReportInput, target: number): Outcome[] => {
    const nowMs = input.now.getTime();
    const noReply = input.profile.complaints.anonymousNoReply === true;
    return input.complaints
      .filter((c) => c.kind !== 'praise' && !(noReply && c.anonymous === true))
      .flatMap((c) => {
        // The deadline fixed at filing; an item filed when the charter had no such stage or
        // number has no promise to keep here. Older items without one: today's target.
        const due = c.due ? c.due[stage] : new Date(Date.parse(c.createdAt) + target * DAY_MS);
        if (due === null || due === undefined) return [];
        return measured({
          at: c.createdAt,
          department: c.departmentName ?? '',
          label: c.departmentName ?? '',
          kept: deadlineOutcome(new Date(due).getTime(), doneOf(c), nowMs),
        });
      });
  };

/** C8: the guardian's progress notice, against the due time fixed at receipt. */
function petitionOutcomes(input: ReportInput): Outcome[] {
  const nowMs = input.now.getTime();
  return (input.petitions ?? []).flatMap((p) =>
    p.noticeDueAt === null
      ? []
      : measured({
          at: p.receivedAt,
          department: '',
          label: p.summary,
          kept: deadlineOutcome(Date.parse(p.noticeDueAt), p.noticedAt, nowMs),
        }),
  );
}

/** C13: a line with a counter open through the whole lunch window that day. */
function lunchOutcomes(input: ReportInput): Outcome[] {
  return (input.lunch ?? []).map((l) => ({
    at: new Date(Date.parse(`${l.day}T12:00:00+09:00`)).toISOString(),
    department: '',
    label: `${l.day} · ${l.serviceName}`,
    kept: l.coveredMin >= l.windowMin,
  }));
}

export const CALCULATORS: readonly Calculator[] = [
  {
    id: 'wait',
    charter: 'C5',
    unit: 'min',
    target: (p) => p.queue.waitTargetMin,
    outcomes: waitOutcomes,
  },
  {
    id: 'helper',
    charter: 'C4',
    unit: 'min',
    target: (p) => p.helpers.responseLimitMin,
    outcomes: helperOutcomes,
  },
  {
    id: 'callback',
    charter: 'C3',
    unit: 'min',
    target: (p) => (p.callback.mode === 'callback' ? p.callback.callbackDeadlineMin : null),
    outcomes: callbackOutcomes,
  },
  {
    id: 'complaint',
    charter: 'C9',
    unit: 'day',
    target: (p) => p.complaints.stages?.notifyDays ?? p.complaints.answerDays,
    outcomes: complaintStage('answer', (c) => c.answeredAt),
  },
  {
    id: 'complaintAssign',
    charter: 'C9',
    unit: 'day',
    target: (p) => p.complaints.stages?.assignDays ?? null,
    outcomes: complaintStage('assign', (c) => c.assignedAt),
  },
  {
    id: 'complaintInvestigate',
    charter: 'C9',
    unit: 'day',
    target: (p) => p.complaints.stages?.investigateDays ?? null,
    outcomes: complaintStage('investigate', (c) => c.investigatedAt),
  },
  {
    id: 'petitionNotice',
    charter: 'C8',
    unit: 'day',
    target: (p) => p.complexPetition.noticeWithinDays,
    outcomes: petitionOutcomes,
  },
  {
    id: 'lunch',
    charter: 'C13',
    unit: 'min',
    // No gap: zero minutes of the lunch window without an open counter.
    target: (p) => (p.lunch.noGap ? 0 : null),
    outcomes: lunchOutcomes,
  },
];

/** A promise the charter states that Annae keeps no record of, with the reason in Korean. */
export type Unmeasured = {
  key: string;
  charter: string;
  target: (profile: CharterProfile) => number | null;
  unit: 'sec' | 'min' | 'day' | 'month' | 'count';
  reason: string;
};

const other =
  (key: keyof CharterProfile['otherPromises']) =>
  (p: CharterProfile): number | null =>
    p.otherPromises[key];

export const UNMEASURED: readonly Unmeasured[] = [
  {
    key: 'helpers.minOnDuty',
    charter: 'C4',
    target: (p) => p.helpers.minOnDuty,
    unit: 'count',
    reason:
      '도우미 근무 인원은 안내도우미 화면에 실시간으로만 표시되고, 시간별 기록은 남기지 않습니다.',
  },
  {
    key: 'helpers.escortLeadMin',
    charter: 'C4',
    target: (p) => p.helpers.escortLeadMin,
    unit: 'min',
    reason:
      '도우미가 현관에 나간 시각은 기록하지 않아, 약속 시각보다 먼저 기다렸는지 잴 수 없습니다.',
  },
  {
    key: 'otherPromises.findPlaceMin',
    charter: 'C1',
    target: other('findPlaceMin'),
    unit: 'min',
    reason: '키오스크는 길 안내를 바로 보여 주지만, 첫 터치부터의 시간은 아직 기록하지 않습니다.',
  },
  {
    key: 'otherPromises.findOfficerMin',
    charter: 'C2',
    target: other('findOfficerMin'),
    unit: 'min',
    reason: '직원 찾기의 첫 터치부터 카드 표시까지의 시간은 아직 기록하지 않습니다.',
  },
  {
    key: 'otherPromises.stopWorkSec',
    charter: 'C5',
    target: other('stopWorkSec'),
    unit: 'sec',
    reason: '직원이 하던 일을 멈춘 순간은 어떤 기기에도 남지 않아 소프트웨어로 잴 수 없습니다.',
  },
  {
    key: 'otherPromises.phoneMessageCallbackMin',
    charter: 'C3',
    target: other('phoneMessageCallbackMin'),
    unit: 'min',
    reason: '전화 메모는 아직 직원 화면에서 남길 수 없어, 회신 시간을 잴 기록이 없습니다.',
  },
  {
    key: 'otherPromises.petitionHandoverMin',
    charter: 'C9',
    target: other('petitionHandoverMin'),
    unit: 'min',
    reason: '우편·팩스·인터넷 민원은 새올 등 다른 시스템에서 접수되어 안내에는 기록이 없습니다.',
  },
  {
    key: 'otherPromises.procedureContactMin',
    charter: 'C9',
    target: other('procedureContactMin'),
    unit: 'min',
    reason: '우편·인터넷 민원의 처리절차 연락은 다른 시스템에서 이루어져 기록이 없습니다.',
  },
  {
    key: 'otherPromises.inquiryAnswerDays',
    charter: 'C9',
    target: other('inquiryAnswerDays'),
    unit: 'day',
    reason: '누리집 질의는 누리집 게시판에서 답변되어 안내에는 기록이 없습니다.',
  },
  {
    key: 'otherPromises.lawInquiryDays',
    charter: 'C9',
    target: other('lawInquiryDays'),
    unit: 'day',
    reason: '법령 질의는 누리집 게시판에서 답변되어 안내에는 기록이 없습니다.',
  },
  {
    key: 'otherPromises.certificateMin',
    charter: 'C9',
    target: other('certificateMin'),
    unit: 'min',
    reason: '인터넷 제증명 발급은 정부 민원 시스템에서 이루어져 기록이 없습니다.',
  },
  {
    key: 'otherPromises.conductAnswerDays',
    charter: 'C9',
    target: other('conductAnswerDays'),
    unit: 'day',
    reason: '불편 신고에 직원 응대에 관한 구분이 아직 없어 따로 셀 수 없습니다.',
  },
  {
    key: 'otherPromises.conductStrikes',
    charter: 'C9',
    target: other('conductStrikes'),
    unit: 'count',
    reason: '불편 신고가 직원별로 묶이지 않아 누적 횟수를 셀 수 없습니다.',
  },
  {
    key: 'otherPromises.noContactDays',
    charter: 'C9',
    target: other('noContactDays'),
    unit: 'day',
    reason: '일반 민원의 중간 연락은 민원 처리 시스템의 기록이라 안내에는 없습니다.',
  },
  {
    key: 'otherPromises.delayNoticeMin',
    charter: 'C12',
    target: other('delayNoticeMin'),
    unit: 'min',
    reason: '법정 처리기한과 지연 통지는 민원 처리 시스템의 기록이라 안내에는 없습니다.',
  },
  {
    key: 'otherPromises.interimNoticeDays',
    charter: 'C8',
    target: other('interimNoticeDays'),
    unit: 'day',
    reason: '고충 민원의 중간 통지는 아직 기록하지 않습니다.',
  },
  {
    key: 'otherPromises.disclosureDays',
    charter: 'C14',
    target: other('disclosureDays'),
    unit: 'day',
    reason: '정보공개 청구는 정보공개 시스템에서 처리되어 기록이 없습니다.',
  },
  {
    key: 'otherPromises.phoneRings',
    charter: 'C5',
    target: other('phoneRings'),
    unit: 'count',
    reason: '전화벨 횟수는 전화 교환기의 기록이라 안내로 잴 수 없습니다.',
  },
  {
    key: 'otherPromises.phoneTransferSec',
    charter: 'C5',
    target: other('phoneTransferSec'),
    unit: 'sec',
    reason: '전화 연결 시간은 전화 교환기의 기록이라 안내로 잴 수 없습니다.',
  },
  {
    key: 'survey.publishWithinMonths',
    charter: 'C10',
    target: (p) => p.survey.publishWithinMonths,
    unit: 'month',
    reason: '조사 결과의 공표일은 아직 기록하지 않습니다. 월별 만족도는 아래 표에 있습니다.',
  },
  {
    key: 'survey.actionPlanWithinMonths',
    charter: 'C10',
    target: (p) => p.survey.actionPlanWithinMonths,
    unit: 'month',
    reason: '조치계획의 공표일은 아직 기록하지 않습니다.',
  },
];
