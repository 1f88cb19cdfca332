/**
 * The ticket: number in large type, service, people ahead, estimate, counters, a QR code of the
 * phone page, and "print" for the 80 mm receipt (silent with Chromium's --kiosk-printing).
 */
import { useEffect, useState } from 'preact/hooks';
import { lang, t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import { printReceipt } from '../print';
import { estimateText } from './Services';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

// The QR encoder is a third of the kiosk's script: it loads after the first screen, in the
// background once the kiosk is idle, so the first ticket does not wait for it (scripts/bundle-budget.ts).
const loadQr = () => import('qrcode');
if (typeof window !== 'undefined') setTimeout(() => void loadQr().catch(() => undefined), 2000);

function useQr(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void loadQr()
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 360 }),
      )
      .then(setUrl);
  }, [text]);
  return url;
}

export function ticketSummary(ticket: PublicTicket): string {
  return t('kiosk.ticketSpoken', {
    number: ticket.number,
    ahead: ticket.peopleAhead,
    estimate: estimateText(ticket),
  });
}

export function TicketIssued({ route }: { route: Extract<KioskRoute, { screen: 'ticket' }> }) {
  const { session } = useKiosk();
  const ticket = route.ticket;
  const phoneUrl = `${window.location.origin}/t/${ticket.code}`;
  const qr = useQr(phoneUrl);
  const service = lang.value === 'en' ? ticket.serviceNameEn : ticket.serviceName;
  const counters = ticket.counterNumbers.map((n) => t('common.counter', { n })).join(', ');
  const issued = new Date(ticket.issuedAt).toLocaleString(lang.value === 'en' ? 'en-GB' : 'ko-KR', {
    timeZone: HALL_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  });

  return (
    <main class="kiosk-main ticket-screen">
      <h1>{t('kiosk.ticketTitle')}</h1>
      <section class="ticket-card" aria-label={ticketSummary(ticket)}>
        <p class="ticket-service">{service}</p>
        <p class="ticket-number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <dl class="ticket-facts">
          <div>
            <dt>{t('kiosk.peopleAhead')}</dt>
            <dd>{t('kiosk.peopleCount', { n: ticket.peopleAhead })}</dd>
          </div>
          <div>
            <dt>{t('kiosk.expectedWait')}</dt>
            <dd>{estimateText(ticket)}</dd>
          </div>
          <div>
            <dt>{t('kiosk.counters')}</dt>
            <dd>{counters}</dd>
          </div>
        </dl>
        {qr && (
          <figure class="ticket-qr" data-url={phoneUrl}>
            <img src={qr} alt={t('kiosk.qrAlt')} width={240} height={240} />
            <figcaption>{t('kiosk.qrCaption')}</figcaption>
          </figure>
        )}
      </section>
      {/* The browser cannot tell whether paper came out (no printer, paused, "Save as PDF"):
          the number and the QR code on the screen are always the fallback, and it says so. */}
      <p class="kiosk-lead ticket-fallback" data-speak>
        {t('kiosk.printFallback')}
      </p>
      <div class="choice-grid">
        <button
          type="button"
          class="task-button primary"
          onClick={() => printReceipt({ test: false })}
        >
          <span class="task-label">{t('kiosk.print')}</span>
        </button>
        <button type="button" class="task-button" onClick={() => session.reset()}>
          <span class="task-label">{t('kiosk.done')}</span>
        </button>
      </div>
      {/* Only on paper: an 80 mm receipt. */}
      <div class="receipt" aria-hidden="true">
        <p class="receipt-hall">{lang.value === 'en' ? ticket.hallNameEn : ticket.hallName}</p>
        <p class="receipt-service">{service}</p>
        <p class="receipt-number">{ticket.number}</p>
        <p>
          {t('kiosk.peopleAhead')}: {t('kiosk.peopleCount', { n: ticket.peopleAhead })} ·{' '}
          {estimateText(ticket)}
        </p>
        <p>{counters}</p>
        {qr && <img class="receipt-qr" src={qr} alt="" />}
        <p class="receipt-small">{t('kiosk.qrCaption')}</p>
        <p class="receipt-small">{issued}</p>
      </div>
    </main>
  );
}
