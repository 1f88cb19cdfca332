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

/**
 * C15 where a charter is silent (all five seeds are): how long Annae keeps each kind of personal
 * data. 개인정보 보호법 제21조 asks that personal data be destroyed without delay once its purpose
 * is met; these periods are that purpose's length, stated so a hall can show and change them.
 * - a complaint's contact and free text: 90 days after it is closed (a visitor may still ask
 *   about the answer, and a repeat complaint is linked to it);
 * - a callback's phone number: 30 days after the call (a missed call may be tried again);
 * - an exit survey's free comment: 365 days (the charters' yearly evaluation reads it);
 * - a callback or complaint nobody closed: 90 days after it was taken, then closed and purged.
 */
export const annaeRetentionDefaults = {
  complaintDays: 90,
  callbackDays: 30,
  surveyCommentDays: 365,
  openMaxDays: 90,
} satisfies CharterProfile['retention'];
