/** The visitor's phone page `/t/<code>`: public, no sign-in; a malformed code never connects. */
import { PhoneHeader } from './PhoneHeader';
import { ticketCodeFrom } from './ticket-code';
import { TicketLive } from './TicketLive';
import { TicketNotFound } from './TicketNotFound';

export function TicketApp({ pathname }: { pathname: string }) {
  const code = ticketCodeFrom(pathname);
  if (code) return <TicketLive code={code} />;
  return (
    <div class="phone">
      <PhoneHeader hall={null} />
      <main class="phone-main">
        <TicketNotFound />
      </main>
    </div>
  );
}
