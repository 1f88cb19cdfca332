/**
 * The tasks the demo kiosk asks after each service, with their share of the service's visitors
 * and their length relative to its mean service time. The demo history draws each ticket's
 * task and duration from these, so the wait estimator has per-task durations to learn from.
 */
import type { ServiceTask } from '../../shared/schemas/hall';

export type DemoTask = ServiceTask & { share: number; factor: number };

/** By service code; shares sum to 1 and share × factor to about 1 (the service's mean). */
export const DEMO_TASKS: Readonly<Record<number, readonly DemoTask[]>> = {
  1: [
    { name: '등본', nameEn: 'Resident registration copy', share: 0.45, factor: 0.8 },
    { name: '초본', nameEn: 'Resident registration abstract', share: 0.25, factor: 0.8 },
    { name: '기타 증명', nameEn: 'Other certificates', share: 0.3, factor: 1.47 },
  ],
  2: [
    { name: '인감증명', nameEn: 'Seal certificate', share: 0.4, factor: 0.6 },
    { name: '본인서명사실확인', nameEn: 'Signature confirmation', share: 0.2, factor: 0.6 },
    { name: '전입신고', nameEn: 'Moving-in report', share: 0.4, factor: 1.6 },
  ],
  3: [
    { name: '증명서 발급', nameEn: 'Certificates', share: 0.6, factor: 0.5 },
    {
      name: '출생·혼인·사망 신고',
      nameEn: 'Birth, marriage or death report',
      share: 0.4,
      factor: 1.75,
    },
  ],
  4: [
    { name: '신규 발급', nameEn: 'First passport', share: 0.6, factor: 1.1 },
    { name: '재발급', nameEn: 'Renewal or reissue', share: 0.4, factor: 0.85 },
  ],
  6: [
    { name: '신규 등록', nameEn: 'New registration', share: 0.4, factor: 1.2 },
    { name: '이전 등록', nameEn: 'Transfer of ownership', share: 0.6, factor: 0.87 },
  ],
  7: [
    { name: '취득세 신고', nameEn: 'Acquisition tax return', share: 0.5, factor: 1.5 },
    { name: '납부·증명', nameEn: 'Payment or tax certificate', share: 0.5, factor: 0.5 },
  ],
};

/** The kiosk's list for a service: names only. */
export function demoServiceTasks(code: number): ServiceTask[] {
  return (DEMO_TASKS[code] ?? []).map(({ name, nameEn }) => ({ name, nameEn }));
}
