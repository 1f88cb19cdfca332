/** 목포시 행정서비스헌장 (seeds/002, 목포시청 누리집, 2024-05-04). */
import { annaeHelperSettings, citeFrom, noOtherPromises } from './cite';
import { annaeQueueDefaults, annaeRetentionDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

const cite = citeFrom('002');

export const mokpoProfile: CharterProfile = {
  id: 'mokpo',
  name: '목포시청',
  nameEn: 'Mokpo City Hall',
  source: '목포시 행정서비스헌장 (목포시청 누리집, 2024-05-04)',
  sources: {
    'complaints.answerDays': cite(24, '3일 이내에 검토하여'),
    'compensation.secondVisit': cite(42, '재발급 받기 위하여 다시 시청을 방문'),
    'compensation.lateDecision': cite(41, '법정처리 기한 내에 처리하지 못하였을 때'),
    'survey.cadence': cite(46, '매년 1회 이상'),
    'survey.publishWithinMonths': cite(47, '조사 후 1개월 이내'),
    'callback.callbackDeadlineMin': cite(19, '3시간 이내'),
    'callback.mode': cite(19, '3시간 이내'),
    'helpers.minOnDuty': cite(13, '안내요원 1명'),
    'otherPromises.findPlaceMin': cite(13, '2분 이내'),
    'otherPromises.findOfficerMin': cite(14, '1분 이내'),
    'otherPromises.stopWorkSec': cite(16, '즉시(5초 이내)'),
    'otherPromises.conductAnswerDays': cite(40, '1일 이내'),
    'otherPromises.conductStrikes': cite(40, '3회 이상 누적'),
    'otherPromises.phoneRings': cite(17, '3번 이상 울리기 전에'),
    'otherPromises.phoneTransferSec': cite(20, '10초 이상 기다리지 않도록'),
  },
  queue: {
    // Only "즉시(5초 이내) 하던 일을 중단": a stop-work promise, not a wait target.
    waitTargetMin: null,
    // Silent on priority visitors.
    priorityClasses: [],
    callPolicy: { kind: 'strict' },
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
  // A late petition and a second visit for a wrongly issued document are compensated; the
  // amount is in another regulation ("민원사무처리규정", "공무원여비규정"), not the charter.
  compensation: {
    thresholdMin: null,
    amountWon: null,
    secondVisit: true,
    lateDecision: true,
    permitDelayDays: null,
  },
  survey: {
    // "매년 1회 이상 … 조사 후 1개월 이내에 인터넷 홈페이지와 시보에 공개".
    cadence: 'yearly',
    exitSurvey: null,
    publishWithinMonths: 1,
    actionPlanWithinMonths: null,
  },
  // The charter names no retention period: Annae's stated defaults under 개인정보 보호법.
  retention: annaeRetentionDefaults,
  callback: { mode: 'callback', callbackDeadlineMin: 180 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: '어서 오십시오. 자리에 앉으십시오. 무엇을 도와 드릴까요?',
    pleaseWait: null,
    farewell: null,
    address: null,
  },
  helpers: { ...annaeHelperSettings, responseLimitMin: null, minOnDuty: 1, escortLeadMin: null },
  otherPromises: {
    ...noOtherPromises,
    findPlaceMin: 2,
    findOfficerMin: 1,
    stopWorkSec: 5,
    conductAnswerDays: 1,
    conductStrikes: 3,
    phoneRings: 3,
    phoneTransferSec: 10,
  },
};
