/** 목포시 행정서비스헌장 (seeds/002, 목포시청 누리집, 2024-05-04). */
import { annaeQueueDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

export const mokpoProfile: CharterProfile = {
  id: 'mokpo',
  name: '목포시청',
  nameEn: 'Mokpo City Hall',
  source: '목포시 행정서비스헌장 (목포시청 누리집, 2024-05-04)',
  queue: {
    // Only "즉시(5초 이내) 하던 일을 중단": a stop-work promise, not a wait target.
    waitTargetMin: null,
    // Silent on priority visitors.
    priorityClasses: [],
    callPolicy: { kind: 'ratio', normal: 3 },
    ...annaeQueueDefaults,
  },
  complaints: {
    // "의견을 제시하여 주시면 3일 이내에 검토하여 그 결과를 통보".
    answerDays: 3,
    stages: null,
    anonymousNoReply: null,
  },
  complexPetition: {
    minDepartments: null,
    minDays: null,
    noticeWithinDays: null,
    guardianGrade: null,
  },
  // "민원사무처리규정에서 정한 보상금액": the amount is in another regulation.
  compensation: { thresholdMin: null, amountWon: null },
  survey: {
    // "매년 1회 이상 … 조사 후 1개월 이내에 인터넷 홈페이지와 시보에 공개".
    cadence: 'yearly',
    exitSurvey: null,
    publishWithinMonths: 1,
    actionPlanWithinMonths: null,
  },
  retention: { complaintDays: null, callbackDays: null, surveyCommentDays: null },
  callback: { callbackDeadlineMin: 180 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: '어서 오십시오. 자리에 앉으십시오. 무엇을 도와 드릴까요?',
    pleaseWait: null,
    farewell: null,
    address: null,
  },
};
