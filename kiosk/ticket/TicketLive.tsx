/**
 * One ticket followed live over an anonymous socket: the code is the secret. A phone that slept
 * asks for a fresh snapshot as soon as it is visible again.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { connect } from '../../shared/ui/connection';
import { useLive } from '../../shared/ui/use-live';
import { PhoneHeader } from './PhoneHeader';
import { TicketCard } from './TicketCard';
import { TicketRouteLink } from '../route/TicketRouteLink';
import { TicketFinished } from './TicketFinished';
import { PhoneSurvey } from './PhoneSurvey';
import { TicketNotFound } from './TicketNotFound';
import { TicketCancel } from './TicketCancel';
import { TicketWaiting } from './TicketWaiting';
import { TicketYourTurn } from './TicketYourTurn';
import { useYourTurn } from './use-your-turn';
import { VibrateOptIn } from './VibrateOptIn';

/** What the server answers for a code it does not know (or cannot read). */
const NOT_FOUND = new Set(['unknown_ticket', 'invalid_request', 'not_found']);

export function TicketLive({ code }: { code: string }) {
  const socket = useMemo(() => connect(null), []);
  useEffect(() => () => void socket.disconnect(), [socket]);
  const live = useLive(socket, { kind: 'ticket', code });

  useEffect(() => {
    const wake = () => {
      if (document.visibilityState !== 'visible') return;
      if (!socket.connected) socket.connect();
      void live.resync();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('pageshow', wake);
    window.addEventListener('online', wake);
    return () => {
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('pageshow', wake);
      window.removeEventListener('online', wake);
    };
  }, [socket, live]);

  const ticket = live.state.value?.ticket ?? null;
  useYourTurn(ticket);
  const error = live.error.value;

  let body;
  if (ticket) {
    body = (
      <>
        <h1 class="visually-hidden">{t('phone.title')}</h1>
        <TicketCard ticket={ticket} />
        <TicketRouteLink ticket={ticket} />
        {ticket.status === 'called' ? (
          <TicketYourTurn ticket={ticket} />
        ) : ticket.status === 'waiting' ? (
          <>
            <TicketWaiting ticket={ticket} />
            <VibrateOptIn />
            <TicketCancel code={ticket.code} />
          </>
        ) : (
          <>
            <TicketFinished status={ticket.status} />
            {ticket.status === 'done' && <PhoneSurvey code={ticket.code} />}
          </>
        )}
      </>
    );
  } else if (error && NOT_FOUND.has(error.code)) {
    body = <TicketNotFound />;
  } else {
    body = (
      <p role="status" class="phone-card">
        {t('common.loading')}
      </p>
    );
  }

  return (
    <div class="phone">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <PhoneHeader hall={ticket ? { name: ticket.hallName, nameEn: ticket.hallNameEn } : null} />
      <main class="phone-main">{body}</main>
    </div>
  );
}
