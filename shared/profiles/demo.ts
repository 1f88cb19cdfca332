/** The demo hall 한빛구청's profile: fictional, shaped on the seed charters (Gwangjin's 5-minute wait). */
import { noOtherPromises } from './cite';
import type { CharterProfile } from './schema';

export const demoProfile: CharterProfile = {
  id: 'demo',
  name: '한빛구청 (시연)',
  nameEn: 'Hanbit-gu Office (demo)',
  source: '시연용 가상 헌장 — 광진구·마포구 헌장의 수치를 본뜸',
  // Fictional: no seed line stands behind these numbers.
  sources: {},
  queue: {
    waitTargetMin: 5,
    priorityClasses: ['disabled', 'elderly', 'pregnant', 'infant'],
    callPolicy: { kind: 'ratio', normal: 3 },
    recallsBeforeNoShow: 2,
    closedAtLunch: false,
    lastTicketBeforeCloseMin: 10,
    voiceLine: '딩동. {number} 번 고객님, {counter} 번 창구로 오십시오.',
    voiceLineEn: 'Number {number}, please come to counter {counter}.',
  },
  // The demo hall is fictional: its charter numbers copy Mapo's and Gwangjin's, and its
  // retention periods are Annae's suggestion for a hall whose charter is silent.
  complaints: { answerDays: 3, stages: null, anonymousNoReply: false },
  complexPetition: { minDepartments: 2, minDays: 7, noticeWithinDays: 3, guardianGrade: null },
  compensation: {
    thresholdMin: 60,
    amountWon: 10000,
    secondVisit: true,
    lateDecision: true,
    permitDelayDays: 1,
  },
  survey: {
    cadence: 'yearly',
    exitSurvey: true,
    publishWithinMonths: null,
    actionPlanWithinMonths: 3,
  },
  retention: { complaintDays: 90, callbackDays: 30, surveyCommentDays: 365, openMaxDays: 90 },
  callback: { mode: 'callback', callbackDeadlineMin: 60 },
  lunch: { noGap: true, exceptions: null },
  greetings: {
    welcome: '어서 오십시오. 무엇을 도와 드릴까요?',
    pleaseWait: '잠시만 기다려 주십시오.',
    farewell: '안녕히 가십시오.',
    address: '○○○님',
  },
  // Mapo's 10 minutes and 5-minute entrance wait, Gwangjin's and Anyang's two helpers on duty.
  helpers: {
    responseLimitMin: 10,
    escalateAfterMin: 2,
    minOnDuty: 2,
    escortLeadMin: 5,
    walkMin: 2,
  },
  otherPromises: {
    ...noOtherPromises,
    findPlaceMin: 2,
    findOfficerMin: 1,
    phoneMessageCallbackMin: 60,
    petitionHandoverMin: 60,
    conductAnswerDays: 1,
    interimNoticeDays: 7,
  },
  // C7: 90 s without a touch, warned 30 s ahead.
  kiosk: { idleTimeoutSec: 90, idleWarningSec: 30 },
};
