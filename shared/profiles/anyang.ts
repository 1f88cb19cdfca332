/** 안양시 행정서비스헌장 (seeds/003, 안양시 전자민원). */
import { annaeQueueDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

export const anyangProfile: CharterProfile = {
  id: 'anyang',
  name: '안양시청',
  nameEn: 'Anyang City Hall',
  source: '안양시 행정서비스헌장 (안양시 전자민원)',
  queue: {
    // "즉시 하던 일을 중단하고 민원을 먼저 듣겠습니다": no number.
    waitTargetMin: null,
    // Braille map and scribes, but no served-first promise.
    priorityClasses: [],
    callPolicy: { kind: 'ratio', normal: 3 },
    ...annaeQueueDefaults,
  },
  complaints: {
    // "의견을 제시하면 7일 이내에 검토하여 그 결과를 통보".
    answerDays: 7,
    stages: null,
    // "익명이나 가명으로 민원을 신청하면 회신이 불가하오니".
    anonymousNoReply: true,
  },
  complexPetition: {
    // "복합 유기한 민원으로서 처리 기간이 10일 이상 … 6급 이상 공무원을 후견인으로".
    minDepartments: null,
    minDays: 10,
    noticeWithinDays: null,
    guardianGrade: 6,
  },
  compensation: { thresholdMin: null, amountWon: null },
  survey: {
    cadence: null,
    exitSurvey: null,
    publishWithinMonths: null,
    actionPlanWithinMonths: null,
  },
  retention: { complaintDays: null, callbackDays: null, surveyCommentDays: null },
  callback: { callbackDeadlineMin: 180 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    // Only the telephone greeting is written out ("안녕하십니까" … "무엇을 도와드릴까요?").
    welcome: null,
    pleaseWait: null,
    farewell: null,
    address: null,
  },
};
