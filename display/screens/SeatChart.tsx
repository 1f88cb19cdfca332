/** An office's seat chart: each seat a card with photo, name, duties, extension and presence. */
import type { StaffMember } from '../../shared/schemas/hall';
import type { AppSocket } from '../../shared/live';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useLive } from '../../shared/ui/use-live';
import { SeatCard } from '../components/SeatCard';

export function SeatChart({ socket, department }: { socket: AppSocket; department: string }) {
  const live = useLive(socket, { kind: 'seats', department });
  const state = live.state.value;
  const error = live.error.value;
  if (error) return <p role="alert">{error.message}</p>;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const byId = new Map<number, StaffMember>(state.staff.map((s) => [s.id, s]));
  const columns = Math.max(1, ...state.staff.map((s) => s.seat.col));
  return (
    <div class="seats">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="display-header">
        <h1>{t('seats.title', { department: nameOf(state.department) })}</h1>
        <span>
          {state.floor?.code} {state.department.room} · ☎ {state.department.phone}
        </span>
      </header>
      <ol class="seat-grid" style={{ '--columns': String(Math.min(columns, 4)) }}>
        {state.staff.map((member) => (
          <li key={member.id}>
            <SeatCard
              member={member}
              proxy={member.proxyId ? byId.get(member.proxyId) : undefined}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
