/** 마포구청 행정서비스헌장 (seeds/000, 감사담당관, 최종수정 2023-08-18). */
import { annaeHelperSettings, citeFrom, noOtherPromises } from './cite';
import { annaeQueueDefaults, annaeRetentionDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

const cite = citeFrom('000');

export const mapoProfile: CharterProfile = {
  id: 'mapo',
  name: '마포구청',
  nameEn: 'Mapo-gu Office',
  source: '마포구청 행정서비스헌장 (감사담당관, 최종수정일 2023-08-18)',
  sources: {
    'complaints.answerDays': cite(94, '3일 이내에 검토하여'),
    'complexPetition.minDepartments': cite(35, '2개 이상의 부서'),
    'complexPetition.minDays': cite(35, '법정 처리기한이 7일 이상'),
    'complexPetition.noticeWithinDays': cite(35, '접수 후 3일 이내'),
    'survey.cadence': cite(114, '매년 1회'),
    'survey.actionPlanWithinMonths': cite(115, '결과 발표 후 3개월 이내'),
    'callback.callbackDeadlineMin': cite(34, '1시간 이내'),
    'callback.mode': cite(34, '1시간 이내'),
    'lunch.noGap': cite(32, '교대근무를 실시하여 민원처리 공백이 발생하지 않도록'),
    'helpers.responseLimitMin': cite(28, '10분 이내'),
    'helpers.escortLeadMin': cite(28, '약속시간 5분전'),
    'otherPromises.phoneMessageCallbackMin': cite(49, '1시간(근무시간)이내'),
    'otherPromises.petitionHandoverMin': cite(55, '접수 후 1시간이내'),
    'otherPromises.procedureContactMin': cite(56, '3시간 이내'),
    'otherPromises.conductAnswerDays': cite(85, '1일 이내'),
    'otherPromises.conductStrikes': cite(83, '3회 이상 누적'),
    'otherPromises.noContactDays': cite(84, '7일 이내에 중간연락이 없거나'),
    'otherPromises.delayNoticeMin': cite(88, '1시간이내'),
    'otherPromises.disclosureDays': cite(74, '10일 이내'),
    'otherPromises.phoneRings': cite(46, '3회 이상 울리기 전에'),
  },
  queue: {
    // Silent on a wait target; "하던 일을 잠시 멈추고 … 즉시" has no number.
    waitTargetMin: null,
    // "몸이 불편하신 고객(장애인이나 노약자)" are met at the door and escorted (C4), not served
    // before those waiting: the charter names no priority in the queue.
    priorityClasses: [],
    callPolicy: { kind: 'strict' },
    ...annaeQueueDefaults,
  },
  complaints: {
    // "의견을 제시해 주시면 3일 이내에 검토하여 그 결과를 통보" (고객참여와 의견제시 방법);
    // the 시정 및 보상 section says 7 days for the same thing: the stricter, later promise is kept.
    answerDays: 3,
    stages: null,
    anonymousNoReply: null,
  },
  complexPetition: {
    // "2개 이상의 부서 또는 기관 … 법정 처리기한이 7일 이상 … 처리과정을 접수 후 3일 이내에".
    minDepartments: 2,
    minDays: 7,
    noticeWithinDays: 3,
    guardianGrade: null,
  },
  // "정중한 사과와 함께 적정한 보상": no threshold, no amount.
  compensation: {
    thresholdMin: null,
    amountWon: null,
    secondVisit: null,
    lateDecision: null,
    permitDelayDays: null,
  },
  survey: {
    // "매년 1회 실시 … 조치계획을 결과 발표 후 3개월 이내에".
    cadence: 'yearly',
    exitSurvey: null,
    publishWithinMonths: null,
    actionPlanWithinMonths: 3,
  },
  // The charter names no retention period: Annae's stated defaults under 개인정보 보호법.
  retention: annaeRetentionDefaults,
  callback: { mode: 'callback', callbackDeadlineMin: 60 },
  // "중식시간에는 교대근무를 실시하여 민원처리 공백이 발생하지 않도록 (단, 보건소 의료 진료는 제외)".
  lunch: { noGap: true, exceptions: '보건소 의료 진료' },
  greetings: {
    welcome: '어서 오십시오. 무엇을 도와 드릴까요?',
    pleaseWait: '잠시만 기다려 주십시오.',
    farewell: '안녕히 가십시오.',
    address: '○○○님',
  },
  helpers: { ...annaeHelperSettings, responseLimitMin: 10, minOnDuty: null, escortLeadMin: 5 },
  otherPromises: {
    ...noOtherPromises,
    phoneMessageCallbackMin: 60,
    petitionHandoverMin: 60,
    procedureContactMin: 180,
    conductAnswerDays: 1,
    conductStrikes: 3,
    noContactDays: 7,
    delayNoticeMin: 60,
    disclosureDays: 10,
    phoneRings: 3,
  },
};
