/** 포천시 공통서비스이행기준 (seeds/004, 포천시청 누리집). */
import { annaeQueueDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

export const pocheonProfile: CharterProfile = {
  id: 'pocheon',
  name: '포천시청',
  nameEn: 'Pocheon City Hall',
  source: '포천시 공통서비스이행기준 (포천시청 누리집)',
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
  compensation: { thresholdMin: null, amountWon: 10000 },
  survey: {
    // "연1회 이상 … 발표 후 3개월 이내에 개선사항과 조치내용을 홈페이지에 공표".
    cadence: 'yearly',
    exitSurvey: null,
    publishWithinMonths: null,
    actionPlanWithinMonths: 3,
  },
  retention: { complaintDays: null, callbackDays: null, surveyCommentDays: null },
  // The charter names no callback deadline.
  callback: { callbackDeadlineMin: null },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: null,
    pleaseWait: '죄송합니다. 잠시만 자리에 앉아서 기다려 주시겠습니까?',
    farewell: null,
    address: null,
  },
};
