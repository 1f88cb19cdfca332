/** 포천시 공통서비스이행기준 (seeds/004, 포천시청 누리집). */
import { annaeHelperSettings, citeFrom, noOtherPromises } from './cite';
import { annaeQueueDefaults, annaeRetentionDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

const cite = citeFrom('004');

export const pocheonProfile: CharterProfile = {
  id: 'pocheon',
  name: '포천시청',
  nameEn: 'Pocheon City Hall',
  source: '포천시 공통서비스이행기준 (포천시청 누리집)',
  sources: {
    'queue.waitTargetMin': cite(42, '1분 이내에 상담'),
    'queue.priorityClasses': cite(16, '몸이 불편한 어르신이나 장애인'),
    'queue.callPolicy': cite(16, '먼저 오신 고객께 양해를 구하여 먼저 처리'),
    'complaints.answerDays': cite(93, '통보(7일 이내)'),
    'complaints.stages.assignDays': cite(89, '배정 (1일이내)'),
    'complaints.stages.investigateDays': cite(90, '조사(3일이내)'),
    'complaints.stages.notifyDays': cite(93, '통보(7일 이내)'),
    'complaints.anonymousNoReply': cite(115, '익명일 경우 관계규정에 의하여 처리되지 않으므로'),
    'compensation.amountWon': cite(99, '1회 10,000원'),
    'compensation.secondVisit': cite(98, '담당직원의 실수로 재방문'),
    'compensation.lateDecision': cite(100, '법정처리기간 내 처리 하지 못한 경우'),
    'survey.cadence': cite(106, '연1회 이상'),
    'survey.actionPlanWithinMonths': cite(107, '발표 후 3개월 이내'),
    'callback.mode': cite(15, '찾으시는 직원과 통화가 가능하도록'),
    'otherPromises.petitionHandoverMin': cite(30, '접수 후 1시간이내'),
    'otherPromises.inquiryAnswerDays': cite(32, '단순 질의일 경우에는 7일 이내'),
    'otherPromises.lawInquiryDays': cite(33, '법령 질의일 경우는 14일 이내'),
    'otherPromises.phoneRings': cite(21, '3회 이상 울리기 전에'),
  },
  queue: {
    // "잠시만 자리에 앉아서 기다려 주시겠습니까? … 1분 이내에 상담".
    waitTargetMin: 1,
    // "몸이 불편한 어르신이나 장애인 … 먼저 오신 고객께 양해를 구하여 먼저 처리".
    priorityClasses: ['disabled', 'elderly'],
    callPolicy: { kind: 'strict' },
    ...annaeQueueDefaults,
  },
  complaints: {
    // "담당자 배정 (1일이내) … 확인·조사(3일이내) … 조치결과 고객에게 통보(7일 이내)".
    answerDays: 7,
    stages: { assignDays: 1, investigateDays: 3, notifyDays: 7 },
    // "익명일 경우 관계규정에 의하여 처리되지 않으므로".
    anonymousNoReply: true,
  },
  complexPetition: {
    minDepartments: null,
    minDays: null,
    noticeWithinDays: null,
    guardianGrade: null,
  },
  // "1회 10,000원 상당의 문화상품권" for a second visit or a missed legal deadline: no minutes.
  compensation: {
    thresholdMin: null,
    amountWon: 10000,
    secondVisit: true,
    lateDecision: true,
    permitDelayDays: null,
  },
  survey: {
    // "연1회 이상 … 발표 후 3개월 이내에 개선사항과 조치내용을 홈페이지에 공표".
    cadence: 'yearly',
    exitSurvey: null,
    publishWithinMonths: null,
    actionPlanWithinMonths: 3,
  },
  // The charter names no retention period: Annae's stated defaults under 개인정보 보호법.
  retention: annaeRetentionDefaults,
  // No callback: "찾으시는 직원과 통화가 가능하도록" — the visitor is put through by phone.
  callback: { mode: 'connect', callbackDeadlineMin: null },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: null,
    pleaseWait: '죄송합니다. 잠시만 자리에 앉아서 기다려 주시겠습니까?',
    farewell: null,
    address: null,
  },
  helpers: { ...annaeHelperSettings, responseLimitMin: null, minOnDuty: null, escortLeadMin: null },
  otherPromises: {
    ...noOtherPromises,
    petitionHandoverMin: 60,
    inquiryAnswerDays: 7,
    lawInquiryDays: 14,
    phoneRings: 3,
  },
};
