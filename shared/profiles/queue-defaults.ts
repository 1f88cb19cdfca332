/**
 * Operating settings that no charter states (recalls, last ticket, the spoken call): Annae's
 * defaults, shared by the seed profiles so that only the charters' own numbers differ.
 */
import type { CharterProfile } from './schema';

export const annaeQueueDefaults = {
  recallsBeforeNoShow: 2,
  closedAtLunch: false,
  lastTicketBeforeCloseMin: 10,
  voiceLine: '딩동. {number} 번 고객님, {counter} 번 창구로 오십시오.',
  voiceLineEn: 'Number {number}, please come to counter {counter}.',
} satisfies Partial<CharterProfile['queue']>;
