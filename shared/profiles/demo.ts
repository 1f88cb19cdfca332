/** The demo hall 한빛구청's profile: fictional, shaped on the seed charters (Gwangjin's 5-minute wait). */
import type { CharterProfile } from './schema';

export const demoProfile: CharterProfile = {
  id: 'demo',
  name: '한빛구청 (시연)',
  nameEn: 'Hanbit-gu Office (demo)',
  source: '시연용 가상 헌장 — 광진구·마포구 헌장의 수치를 본뜸',
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
};
