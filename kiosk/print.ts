/**
 * Printing a receipt, and telling the admin console what the browser did with it. With Chromium's
 * --kiosk-printing, print() sends the job to the default printer without a dialog; whether paper
 * came out (no paper, a paused queue, "Save as PDF") the page cannot know, so the report is only
 * "the browser took the job" or "it refused", and the screen always keeps the number and QR code.
 */
import { api } from '../shared/ui/api';
import { deviceToken } from '../shared/ui/connection';

export type PrintOutcome = 'sent' | 'failed';

export function printReceipt({ test }: { test: boolean }): PrintOutcome {
  let outcome: PrintOutcome = 'failed';
  try {
    if (typeof window.print === 'function') {
      window.print();
      outcome = 'sent';
    }
  } catch {
    outcome = 'failed';
  }
  const token = deviceToken.value;
  if (token) {
    void api('/api/hall/devices/print', { body: { outcome, test }, deviceToken: token }).catch(
      () => undefined,
    );
  }
  return outcome;
}
