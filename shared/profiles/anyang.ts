/** 안양시 행정서비스헌장 (seeds/003, 안양시 전자민원). */
import { annaeHelperSettings, citeFrom, noOtherPromises } from './cite';
import { annaeQueueDefaults, annaeRetentionDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

const cite = citeFrom('003');

export const anyangProfile: CharterProfile = {
  id: 'anyang',
  name: '안양시청',
  nameEn: 'Anyang City Hall',
  source: '안양시 행정서비스헌장 (안양시 전자민원)',
  sources: {
    'complaints.answerDays': cite(47, '7일 이내에 검토하여'),
    'complaints.anonymousNoReply': cite(75, '익명이나 가명으로 민원을 신청하면 회신이 불가'),
    'complexPetition.minDays': cite(27, '처리 기간이 10일 이상'),
    'complexPetition.guardianGrade': cite(27, '6급 이상 공무원'),
    'callback.callbackDeadlineMin': cite(22, '예약 시간(3시간 이내)'),
    'callback.mode': cite(22, '예약 시간(3시간 이내)'),
    'helpers.minOnDuty': cite(13, '2명의 안내 도우미'),
    'otherPromises.findOfficerMin': cite(3, '1분 이내 담당자를 찾을 수'),
    'otherPromises.interimNoticeDays': cite(30, '처리 기간이 1주일 이상'),
    'otherPromises.phoneRings': cite(7, '벨소리가 2번 이상 울리기 전에'),
  },
  queue: {
    // "즉시 하던 일을 중단하고 민원을 먼저 듣겠습니다": no number.
    waitTargetMin: null,
    // Braille map and scribes, but no served-first promise.
    priorityClasses: [],
    callPolicy: { kind: 'strict' },
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
  compensation: {
    thresholdMin: null,
    amountWon: null,
    secondVisit: null,
    lateDecision: null,
    permitDelayDays: null,
  },
  survey: {
    cadence: null,
    exitSurvey: null,
    publishWithinMonths: null,
    actionPlanWithinMonths: null,
  },
  // The charter names no retention period: Annae's stated defaults under 개인정보 보호법.
  retention: annaeRetentionDefaults,
  // "답변드리지 못한 사항 … 예약 시간(3시간 이내) 이내에 … 전화를 드리도록".
  callback: { mode: 'callback', callbackDeadlineMin: 180 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    // Only the telephone greeting is written out ("안녕하십니까" … "무엇을 도와드릴까요?").
    welcome: null,
    pleaseWait: null,
    farewell: null,
    address: null,
  },
  helpers: { ...annaeHelperSettings, responseLimitMin: null, minOnDuty: 2, escortLeadMin: null },
  otherPromises: { ...noOtherPromises, findOfficerMin: 1, interimNoticeDays: 7, phoneRings: 2 },
};
