/** "Your turn": the phone vibrates (where it may) and the tab's title says it, on each call. */
import { useEffect, useRef } from 'preact/hooks';
import { lang, t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';

export const TURN_VIBRATION = [400, 200, 400, 200, 800];

export function vibrate(pattern: number | number[]): void {
  // Missing on iOS; ignored by Chromium until the visitor has tapped the page once.
  if (typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
}

export function useYourTurn(ticket: PublicTicket | null): void {
  const seen = useRef<{ status: string; calledAt: string | null } | null>(null);
  const status = ticket?.status;
  const calledAt = ticket?.calledAt ?? null;
  useEffect(() => {
    if (!status) return;
    const before = seen.current;
    seen.current = { status, calledAt };
    // A ticket already called when the page opens is on screen: nothing to wake the visitor for.
    if (
      before &&
      status === 'called' &&
      (before.status !== 'called' || before.calledAt !== calledAt)
    )
      vibrate(TURN_VIBRATION);
  }, [status, calledAt]);

  useEffect(() => {
    if (!ticket) return;
    document.title =
      ticket.status === 'called'
        ? t('phone.yourTurn', { n: ticket.counterNumber ?? '' })
        : `${ticket.number} — ${t('phone.title')}`;
  }, [ticket?.status, ticket?.number, ticket?.counterNumber, lang.value]);
}
