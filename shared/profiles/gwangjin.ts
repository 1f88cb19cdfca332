/** 광진구 행정서비스헌장 공통이행기준 (seeds/001, 총무과, 최종수정 2017-03-28). */
import { annaeQueueDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

export const gwangjinProfile: CharterProfile = {
  id: 'gwangjin',
  name: '광진구청',
  nameEn: 'Gwangjin-gu Office',
  source: '광진구 행정서비스헌장 공통이행기준 (총무과, 최종수정일 2017-03-28)',
  queue: {
    // "찾아오신 고객은 5분 이상 기다리지 않도록".
    waitTargetMin: 5,
    // "장애인 및 노약자는 담당부서의 직원이 직접 안내".
    priorityClasses: ['disabled', 'elderly'],
    callPolicy: { kind: 'ratio', normal: 3 },
    ...annaeQueueDefaults,
  },
  complaints: {
    // "인터넷으로 민원(공개질의나 건의)을 요청 하실 경우 3일 이내에 … 답변".
    answerDays: 3,
    stages: null,
    anonymousNoReply: null,
  },
  // "복합민원은 one-stop으로 처리할 수 있도록 시스템 개선": no numbers.
  complexPetition: {
    minDepartments: null,
    minDays: null,
    noticeWithinDays: null,
    guardianGrade: null,
  },
  // 행정사무착오보상제: "1시간이상 지연되어 발급 받은 고객 … 보상금 10,000원".
  compensation: { thresholdMin: 60, amountWon: 10000 },
  survey: {
    // "평가시기 필요시 지정 … 평가방법 방문고객 출구 설문조사".
    cadence: 'as-needed',
    exitSurvey: true,
    publishWithinMonths: null,
    actionPlanWithinMonths: null,
  },
  retention: { complaintDays: null, callbackDays: null, surveyCommentDays: null },
  callback: { callbackDeadlineMin: 60 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: '어서 오십시오. 무엇을 도와 드릴까요?',
    pleaseWait: null,
    farewell: null,
    address: null,
  },
};
