/**
 * The demo hall's simulated history, so the charter report means something on first start:
 * several weeks of weekdays ending yesterday, with tickets (issued, called, served, with the
 * estimate shown at issue), the lunch rotation and its dip, helper pages, callbacks, complaints
 * (some answered late), praise, exit surveys and complex petitions. Seeded: the same day gives
 * the same history. Runs inside the demo hall's transaction with prepared statements only.
 * Today is untouched: its queue and ticket numbers start empty.
 */
import { hallDay } from '../../shared/hall-time';
import { chooseGuardian, noticeDueAt } from '../domain/petitions';
import { ticketNumber } from '../domain/queue';
import type { Store } from '../store';
import { activeProfile } from '../../shared/profiles/active';
import type { Random } from './random';
import { seededRandom } from './random';
import outline from './demo-hall-outline.json' with { type: 'json' };
import { DEMO_TASKS, type DemoTask } from './service-tasks';

export const DEMO_HISTORY_SEED = 0x0a77ae;
const MIN_MS = 60_000;
const DAY_MS = 24 * 60 * MIN_MS;

export type DemoHistoryOptions = { weekdays?: number; seed?: number };
export type DemoHistorySummary = {
  fromDay: string;
  toDay: string;
  days: number;
  tickets: number;
  helpPages: number;
  callbacks: number;
  feedback: number;
  surveys: number;
  petitions: number;
};

/**
 * How busy an ordinary Tuesday keeps each line's open counters: about half their capacity over
 * the day, more in the morning peak and at lunch, when half the counters rotate out.
 */
const LOAD = 0.45;
/** Most certificates come from the self-service machines in the lobby: a lighter counter line. */
const LOAD_OF_CODE: Record<number, number> = { 1: 0.3 };
const WEEKDAY_FACTOR = [0, 1.25, 1.0, 0.95, 0.95, 1.15, 0];
const HOUR_SHARE = Object.entries(outline.arrival_profile_guess.hour_share).map(
  ([h, s]) => [Number(h), s] as const,
);

const COMPLAINTS = [
  '대기 시간이 너무 길었습니다. 점심시간에 창구가 적었습니다.',
  '번호 호출 소리가 작아 잘 들리지 않았습니다.',
  '필요한 서류 안내가 부족해서 두 번 방문했습니다.',
  '주차장에서 민원실 가는 길 안내가 부족합니다.',
  '무인민원발급기가 고장 나 있었습니다.',
];
const PRAISE = [
  '친절하게 설명해 주셔서 감사했습니다.',
  '어머니 서류를 끝까지 챙겨 주셨습니다. 고맙습니다.',
  '바쁜 와중에도 웃으며 응대해 주셨습니다.',
];
const SUGGESTIONS = [
  '대기석 근처에 휴대전화 충전기가 있으면 좋겠습니다.',
  '여권 사진 규격 안내문을 입구에 붙여 주십시오.',
  '저녁 시간에도 여권 교부를 해 주시면 좋겠습니다.',
];
const ANSWERS = [
  '불편을 드려 죄송합니다. 해당 사항을 개선하였습니다.',
  '소중한 의견 감사합니다. 검토 후 반영하겠습니다.',
];
const PETITIONS = [
  '공장 설립 승인 (건축·환경·도로점용)',
  '음식점 영업 신고와 옥외광고물 허가',
  '주택 증축 신고와 지적 측량',
  '농지 전용 허가와 건축 신고',
];
const CALLBACK_TOPICS = ['서류 보완 문의', '처리 결과 문의', '방문 예약', '납부 확인'];

/** The instant of a hall clock minute on a hall day (KST, UTC+9). */
const at = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T00:00:00+09:00`) + Math.round(minutes * MIN_MS)).toISOString();

/** The hall's last `count` weekdays before the hall day of `now`, oldest first. */
export function historyDays(now: Date, count: number): string[] {
  const days: string[] = [];
  let t = Date.parse(`${hallDay(now)}T00:00:00Z`) - DAY_MS;
  while (days.length < count) {
    const d = new Date(t);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(d.toISOString().slice(0, 10));
    t -= DAY_MS;
  }
  return days.reverse();
}

const lognormal = (r: Random, mean: number, sigma: number) => {
  // Box–Muller; the mean of the log-normal is kept at `mean`.
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
};
/** A task by its share, or null for a service whose kiosk asks none. */
function pickTask(r: Random, tasks: readonly DemoTask[]): DemoTask | null {
  let u = r.next();
  for (const task of tasks) {
    u -= task.share;
    if (u < 0) return task;
  }
  return tasks[tasks.length - 1] ?? null;
}
const poisson = (r: Random, mean: number) => {
  // Normal approximation: the counts here are tens to hundreds.
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
};
/** A minute of the open day following the outline's arrival profile. */
const arrivalMinute = (r: Random) => {
  let u = r.next();
  for (const [hour, s] of HOUR_SHARE) {
    if (u < s) return hour * 60 + r.next() * 60;
    u -= s;
  }
  return 17 * 60 + r.next() * 50;
};
const code16 = (r: Random) => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 16; i += 1) s += alphabet[Math.floor(r.next() * alphabet.length)];
  return s;
};
const receipt = (r: Random) => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < 8; i += 1) s += alphabet[Math.floor(r.next() * alphabet.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
};

type Server = { counterId: number; free: number; lunchFrom: number; lunchTo: number };

/** Writes the history for the demo hall; call inside the hall's creating transaction. */
export function generateDemoHistory(
  store: Store,
  hallId: number,
  now: Date,
  options: DemoHistoryOptions = {},
): DemoHistorySummary {
  const seed = options.seed ?? DEMO_HISTORY_SEED;
  const r = seededRandom(seed);
  const days = historyDays(now, options.weekdays ?? 20);
  const hall = store.halls.get(hallId);
  if (!hall) throw new Error('demo history: no hall');
  const profile = activeProfile(hall);
  const h = store.demoHistory;
  const services = store.services.list(hallId);
  const counters = store.services.counters(hallId).filter((c) => c.state === 'open');
  const staff = store.staff.list(hallId);
  const departments = store.places.departments(hallId);
  const guides = store.accounts.ofRole(hallId, 'guide').map((a) => a.id);
  const kioskId = store.devices.list(hallId).find((d) => d.kind === 'kiosk')?.id ?? null;
  const counterAccount = store.accounts.ofRole(hallId, 'counter')[0];
  const counterOfficer = staff.find((s) => s.id === counterAccount?.staffId);
  const summary: DemoHistorySummary = {
    fromDay: days[0] ?? '',
    toDay: days[days.length - 1] ?? '',
    days: days.length,
    tickets: 0,
    helpPages: 0,
    callbacks: 0,
    feedback: 0,
    surveys: 0,
    petitions: 0,
  };
  const nowMs = now.getTime();
  const waitTarget = profile.queue.waitTargetMin ?? 5;
  const petitionLoad = new Map<number, number>();

  for (const day of days) {
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    const dayFactor = (WEEKDAY_FACTOR[dow] ?? 1) * (0.9 + 0.2 * r.next());
    // Counters' lunch: pairs alternate 11:30/12:30 so a line never stops; a lone counter is
    // kept open by a stand-in from the next line, except on the odd day nobody could swap and
    // the line stops at noon (C13 shows the gap).
    const lunchOf = new Map<number, number | null>();
    for (const service of services) {
      const own = counters.filter((c) => c.serviceIds[0] === service.id);
      own.forEach((c, i) => {
        if (own.length === 1) lunchOf.set(c.id, r.next() < 0.12 ? 12 * 60 : null);
        else lunchOf.set(c.id, i % 2 === 0 ? 11 * 60 + 30 : 12 * 60 + 30);
      });
    }
    for (const c of counters) {
      const lunch = lunchOf.has(c.id) ? (lunchOf.get(c.id) ?? null) : 12 * 60;
      h.logCounter(hallId, c.id, at(day, 9 * 60), 'open');
      if (lunch !== null) {
        h.logCounter(hallId, c.id, at(day, lunch), 'lunch');
        h.logCounter(hallId, c.id, at(day, lunch + 60), 'open');
      }
      h.logCounter(hallId, c.id, at(day, 18 * 60), 'closed');
    }

    const served: { id: number; wait: number; finished: number }[] = [];
    for (const service of services) {
      const own = counters.filter((c) => c.serviceIds.includes(service.id));
      // The priority line borrows one counter at a time; the others serve their own line.
      const pool = service.code === 9 ? own.slice(0, 1) : own;
      if (pool.length === 0) continue;
      const capacity = (pool.length * 8 * 60) / service.avgServiceMin;
      const count = poisson(r, (LOAD_OF_CODE[service.code] ?? LOAD) * capacity * dayFactor);
      if (count === 0) continue;
      const servers: Server[] = pool.map((c) => {
        // The priority line moves to another of its counters while one is at lunch.
        const from =
          service.code === 9 ? null : lunchOf.has(c.id) ? (lunchOf.get(c.id) ?? null) : 12 * 60;
        return from === null
          ? { counterId: c.id, free: 9 * 60, lunchFrom: -1, lunchTo: -1 }
          : { counterId: c.id, free: 9 * 60, lunchFrom: from, lunchTo: from + 60 };
      });
      const arrivals = Array.from({ length: count }, () => arrivalMinute(r)).sort((a, b) => a - b);
      const starts: number[] = [];
      arrivals.forEach((arrival, i) => {
        const seq = i + 1;
        // Who is still waiting when this ticket is issued, and what the estimator would say.
        const ahead = starts.filter((s) => s > arrival).length;
        const available = (s: Server, t: number) => {
          let free = Math.max(s.free, t);
          if (free >= s.lunchFrom && free < s.lunchTo) free = s.lunchTo;
          return free;
        };
        let best = servers[0] as Server;
        for (const s of servers) if (available(s, arrival) < available(best, arrival)) best = s;
        const start = available(best, arrival);
        const openNow = servers.filter(
          (s) => !(arrival >= s.lunchFrom && arrival < s.lunchTo),
        ).length;
        const perServer = service.avgServiceMin / Math.max(1, openNow);
        const estimate = Math.max(0, (ahead + 0.5) * perServer * (0.85 + 0.3 * r.next()));
        const noShow = r.next() < 0.03;
        const task = pickTask(r, DEMO_TASKS[service.code] ?? []);
        const mean = service.avgServiceMin * (task?.factor ?? 1);
        const duration = noShow
          ? 2 + r.next() * 2
          : Math.min(mean * 3, Math.max(1, lognormal(r, mean, 0.4)));
        best.free = start + duration;
        starts.push(start);
        const id = h.addTicket(hallId, {
          day,
          serviceId: service.id,
          seq,
          number: ticketNumber(service.code, seq),
          code: code16(r),
          class: service.code === 9 ? 'priority' : 'normal',
          status: noShow ? 'no_show' : 'done',
          kioskId,
          issuedAt: at(day, arrival),
          estimateMin: Math.round(estimate * 10) / 10,
          estimateLow: Math.round(estimate * 0.6 * 10) / 10,
          estimateHigh: Math.round((estimate * 1.5 + 2) * 10) / 10,
          peopleAhead: ahead,
          counterId: best.counterId,
          calledAt: at(day, start),
          finishedAt: at(day, start + duration),
          // Some visitors answer "잘 모르겠어요" at the kiosk.
          task: task && r.next() >= 0.1 ? task.name : null,
        });
        summary.tickets += 1;
        if (!noShow) served.push({ id, wait: start - arrival, finished: start + duration });
      });
      h.setSequence(hallId, day, service.id, count);
    }

    // Exit surveys: about one served visitor in twelve answers on the phone; long waits score lower.
    for (const t of served) {
      if (r.next() >= 0.08) continue;
      const penalty = t.wait > waitTarget * 3 ? 1.5 : t.wait > waitTarget ? 0.6 : 0;
      const score = Math.max(1, Math.min(5, Math.round(4.6 - penalty - r.next() * 1.4)));
      h.addSurvey(hallId, t.id, score, at(day, t.finished + 1 + r.next() * 10));
      summary.surveys += 1;
    }
    for (let i = r.int(1, 4); i > 0; i -= 1) {
      h.addSurvey(hallId, null, r.int(3, 5), at(day, arrivalMinute(r)));
      summary.surveys += 1;
    }

    // Helper pages (C4): most helpers arrive within the limit; a busy morning misses it.
    const limit = profile.helpers?.responseLimitMin ?? 10;
    for (let i = r.int(5, 11); i > 0 && guides.length > 0; i -= 1) {
      const requested = arrivalMinute(r);
      const accepted = requested + 0.3 + r.next() * 2.5;
      const late = r.next() < 0.08;
      const arrived = late ? requested + limit + 1 + r.next() * 8 : accepted + 1 + r.next() * 5;
      h.addHelpPage(hallId, {
        kioskId,
        kind: r.pick(['mobility', 'vision', 'hearing', 'forms', 'language', 'other'] as const),
        guideId: r.pick(guides),
        departmentId: r.pick(departments).id,
        requestedAt: at(day, requested),
        acceptedAt: at(day, accepted),
        arrivedAt: at(day, arrived),
        resolvedAt: at(day, arrived + 5 + r.next() * 15),
      });
      summary.helpPages += 1;
    }

    // Callbacks (C3): an away officer calls back, now and then after the deadline.
    const deadline = profile.callback.callbackDeadlineMin ?? 60;
    for (let i = r.int(2, 6); i > 0 && staff.length > 0; i -= 1) {
      const officer = r.pick(staff);
      const created = arrivalMinute(r);
      const called =
        created + (r.next() < 0.1 ? deadline + 5 + r.next() * 90 : 5 + r.next() * (deadline - 10));
      const done = Date.parse(at(day, called));
      const keepDays = profile.retention.callbackDays;
      const purged = keepDays !== null && done + keepDays * DAY_MS < nowMs;
      h.addCallback(hallId, {
        staffId: officer.id,
        departmentId: officer.departmentId,
        phone: purged ? null : `010-0000-${String(r.int(0, 9999)).padStart(4, '0')}`,
        topic: r.pick(CALLBACK_TOPICS),
        createdAt: at(day, created),
        deadlineAt: at(day, created + deadline),
        calledAt: at(day, called),
        doneAt: at(day, called + 3),
        purgedAt: purged ? new Date(done + (keepDays ?? 0) * DAY_MS).toISOString() : null,
      });
      summary.callbacks += 1;
    }

    // Complaints, praise and suggestions (C9): answered within days, some late, recent ones open.
    const answerDays = profile.complaints.stages?.notifyDays ?? profile.complaints.answerDays ?? 3;
    const voices: ('complaint' | 'praise' | 'suggestion')[] = [];
    if (r.next() < 0.7) voices.push('complaint');
    if (r.next() < 0.45) voices.push('praise');
    if (r.next() < 0.25) voices.push('suggestion');
    for (const kind of voices) {
      const createdMin = arrivalMinute(r);
      const created = Date.parse(at(day, createdMin));
      const dept = r.pick(departments);
      const iso = (ms: number) => (ms < nowMs ? new Date(ms).toISOString() : null);
      const ofDept = staff.filter((s) => s.departmentId === dept.id);
      const named = kind === 'praise' && ofDept.length > 0 ? r.pick(ofDept) : null;
      const praiseTo =
        kind === 'praise' && counterOfficer && r.next() < 0.3 ? counterOfficer : named;
      if (kind === 'praise') {
        const closedAt = iso(created + DAY_MS);
        const id = h.addFeedback(hallId, {
          receipt: receipt(r),
          kind,
          status: closedAt ? 'closed' : 'received',
          departmentId: praiseTo?.departmentId ?? dept.id,
          officer: praiseTo?.name ?? null,
          text: r.pick(PRAISE),
          assignee: null,
          assignedAt: null,
          answer: null,
          answeredAt: null,
          closedAt,
          createdAt: new Date(created).toISOString(),
        });
        if (praiseTo) {
          store.petitions.addPraise(hallId, id, praiseTo.id, new Date(created).toISOString());
        }
      } else {
        const late = r.next() < 0.15;
        const assignedAt = iso(created + (0.1 + r.next() * 0.8) * DAY_MS);
        const answeredAt = iso(
          created +
            (late ? answerDays + 0.2 + r.next() * 3 : 0.3 + r.next() * (answerDays - 0.5)) * DAY_MS,
        );
        const closedAt = answeredAt && iso(Date.parse(answeredAt) + 0.5 * DAY_MS);
        h.addFeedback(hallId, {
          receipt: receipt(r),
          kind,
          status: closedAt
            ? 'closed'
            : answeredAt
              ? 'answered'
              : assignedAt
                ? 'assigned'
                : 'received',
          departmentId: dept.id,
          officer: null,
          text: r.pick(kind === 'complaint' ? COMPLAINTS : SUGGESTIONS),
          assignee: assignedAt ? `${dept.name} 담당자` : null,
          assignedAt,
          answer: answeredAt ? r.pick(ANSWERS) : null,
          answeredAt,
          closedAt,
          createdAt: new Date(created).toISOString(),
        });
      }
      summary.feedback += 1;
    }

    // Complex petitions (C8): now and then a case spans departments; the guardian sends the
    // progress notice, usually in time.
    const rule = profile.complexPetition;
    if (r.next() < 0.4 && departments.length >= 2 && rule.minDays !== null) {
      const lead = r.pick(departments);
      const other = r.pick(departments.filter((d) => d.id !== lead.id));
      const received = at(day, arrivalMinute(r));
      const guardianId = chooseGuardian(staff, lead.id, rule.guardianGrade, petitionLoad);
      if (guardianId !== null)
        petitionLoad.set(guardianId, (petitionLoad.get(guardianId) ?? 0) + 1);
      const due = noticeDueAt(received, rule.noticeWithinDays);
      const roll = r.next();
      const noticeMs =
        due === null
          ? null
          : roll < 0.85
            ? Date.parse(received) + (0.3 + r.next() * 2.4) * DAY_MS
            : roll < 0.95
              ? Date.parse(due) + (0.2 + r.next() * 2) * DAY_MS
              : null;
      const legalDays = rule.minDays + r.int(0, 13);
      const closeMs = Date.parse(received) + (legalDays - r.int(0, 3)) * DAY_MS;
      h.addPetition(hallId, {
        counterId: counters.find((c) => c.departmentId === lead.id)?.id ?? null,
        summary: r.pick(PETITIONS),
        departmentIds: [lead.id, other.id],
        legalDays,
        guardianId,
        receivedAt: received,
        noticeDueAt: due,
        noticedAt: noticeMs !== null && noticeMs < nowMs ? new Date(noticeMs).toISOString() : null,
        noticeNote: noticeMs !== null && noticeMs < nowMs ? '처리 진행 상황을 전화로 안내함' : null,
        closedAt: closeMs < nowMs ? new Date(closeMs).toISOString() : null,
      });
      summary.petitions += 1;
    }
  }
  h.mark(hallId, summary.fromDay, summary.toDay, seed, now.toISOString());
  // Its tickets were written beside the ticket store: its open-line cache reads them afresh.
  store.tickets.forgetOpen();
  return summary;
}
