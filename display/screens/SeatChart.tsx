/**
 * An office's seat chart beside its door: the seats as the room is arranged, each a card with
 * photo, name, duties, extension and live presence. More staff than fit page through on a timer.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import type { AppSocket } from '../../shared/live';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useLive } from '../../shared/ui/use-live';
import { SeatCard } from '../components/SeatCard';
import { seatLayout, seatPages, UNPAIRED_SEATS } from '../seat-layout';

/** Long enough to read a card from the corridor; short enough to come round while one waits. */
export const SEAT_PAGE_MS = 12_000;

function useViewport() {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

export function SeatChart({ socket, department }: { socket: AppSocket; department: string }) {
  const live = useLive(socket, { kind: 'seats', department });
  const viewport = useViewport();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), SEAT_PAGE_MS);
    return () => clearInterval(timer);
  }, []);
  const state = live.state.value;
  const error = live.error.value;
  if (error) return <p role="alert">{error.message}</p>;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const byId = new Map<number, StaffMember>(state.staff.map((s) => [s.id, s]));
  const layout = seatLayout(viewport, state.device?.settings ?? UNPAIRED_SEATS);
  const pages = seatPages(state.staff, layout.columns, layout.rowsPerPage);
  const index = tick % pages.length;
  const page = pages[index] ?? [];
  return (
    <div
      class="seats"
      style={{
        '--seat-name-px': `${layout.namePx}px`,
        '--seat-small-px': `${layout.smallPx}px`,
        '--seat-card-h': `${layout.cardH}px`,
        '--seat-card-w': `${layout.cardW}px`,
        '--columns': String(layout.columns),
      }}
    >
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="display-header">
        <h1>{t('seats.title', { department: nameOf(state.department) })}</h1>
        <span>
          {state.floor?.code} {state.department.room} · ☎ {state.department.phone}
        </span>
      </header>
      <div class="seat-page">
        {page.map((line, i) => (
          <ol class="seat-line" key={`${index}-${i}`}>
            {line.map((member) => (
              <li key={member.id}>
                <SeatCard
                  member={member}
                  proxy={member.proxyId ? byId.get(member.proxyId) : undefined}
                />
              </li>
            ))}
          </ol>
        ))}
      </div>
      {pages.length > 1 && (
        <p class="seat-pager" aria-live="off">
          {t('seats.page', { n: index + 1, total: pages.length })}
        </p>
      )}
    </div>
  );
}
