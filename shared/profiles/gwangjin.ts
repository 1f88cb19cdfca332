/** 광진구 행정서비스헌장 공통이행기준 (seeds/001, 총무과, 최종수정 2017-03-28). */
import { annaeHelperSettings, citeFrom, noOtherPromises } from './cite';
import { annaeQueueDefaults, annaeRetentionDefaults } from './queue-defaults';
import type { CharterProfile } from './schema';

const cite = citeFrom('001');

export const gwangjinProfile: CharterProfile = {
  id: 'gwangjin',
  name: '광진구청',
  nameEn: 'Gwangjin-gu Office',
  source: '광진구 행정서비스헌장 공통이행기준 (총무과, 최종수정일 2017-03-28)',
  sources: {
    'queue.waitTargetMin': cite(27, '5분 이상 기다리지 않도록'),
    'complaints.answerDays': cite(20, '3일 이내에 신속히 처리결과를 답변'),
    'compensation.thresholdMin': cite(50, '1시간이상 지연되어 발급'),
    'compensation.amountWon': cite(42, '보상금 10,000원'),
    'compensation.secondVisit': cite(49, '2회 이상 방문한 고객'),
    'compensation.lateDecision': cite(48, '지연처리된 인 허가'),
    'compensation.permitDelayDays': cite(48, '1일 이상 지연처리된'),
    'survey.cadence': cite(72, '평가시기 필요시 지정'),
    'survey.exitSurvey': cite(73, '방문고객 출구 설문조사'),
    'callback.callbackDeadlineMin': cite(8, '1시간 이내에 고객에게 전화'),
    'callback.mode': cite(8, '1시간 이내에 고객에게 전화'),
    'helpers.minOnDuty': cite(4, '민원안내도우미 2명'),
    'otherPromises.stopWorkSec': cite(6, '10초 이내에 멈추고'),
    'otherPromises.phoneMessageCallbackMin': cite(15, '1시간 이내(근무시간)'),
    'otherPromises.petitionHandoverMin': cite(19, '접수 후 1시간 이내'),
    'otherPromises.procedureContactMin': cite(19, '3시간 이내'),
    'otherPromises.certificateMin': cite(21, '4시간 이내'),
    'otherPromises.conductAnswerDays': cite(46, '1일 이내 시정조치'),
    'otherPromises.disclosureDays': cite(40, '10일이내'),
    'otherPromises.phoneRings': cite(11, '벨소리 2회 이내'),
    'otherPromises.phoneTransferSec': cite(13, '10초 이내에 연결'),
  },
  queue: {
    // "찾아오신 고객은 5분 이상 기다리지 않도록".
    waitTargetMin: 5,
    // "장애인 및 노약자는 담당부서의 직원이 직접 안내": an escort (C4), not a place ahead in
    // the queue; the charter names no priority class.
    priorityClasses: [],
    callPolicy: { kind: 'strict' },
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
  // 행정사무착오보상제: a permit 1 day late, a second visit, a document 1 hour late; 10,000원.
  compensation: {
    thresholdMin: 60,
    amountWon: 10000,
    secondVisit: true,
    lateDecision: true,
    permitDelayDays: 1,
  },
  survey: {
    // "평가시기 필요시 지정 … 평가방법 방문고객 출구 설문조사".
    cadence: 'as-needed',
    exitSurvey: true,
    publishWithinMonths: null,
    actionPlanWithinMonths: null,
  },
  // The charter names no retention period: Annae's stated defaults under 개인정보 보호법.
  retention: annaeRetentionDefaults,
  callback: { mode: 'callback', callbackDeadlineMin: 60 },
  lunch: { noGap: null, exceptions: null },
  greetings: {
    welcome: '어서 오십시오. 무엇을 도와 드릴까요?',
    pleaseWait: null,
    farewell: null,
    address: null,
  },
  helpers: { ...annaeHelperSettings, responseLimitMin: null, minOnDuty: 2, escortLeadMin: null },
  otherPromises: {
    ...noOtherPromises,
    stopWorkSec: 10,
    phoneMessageCallbackMin: 60,
    petitionHandoverMin: 60,
    procedureContactMin: 180,
    certificateMin: 240,
    conductAnswerDays: 1,
    disclosureDays: 10,
    phoneRings: 2,
    phoneTransferSec: 10,
  },
};
