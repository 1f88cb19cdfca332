/**
 * An office's seat chart beside its door (issue 18): the whole office at once, as its seat plan
 * stands, names sized for the door's reading distance (components/SeatChartView.tsx,
 * seat-layout.ts); only an office too large for one screen pages, by team, on a timer.
 * `?highlight=<staffId>` marks one desk and holds its page (the kiosk's "find this officer").
 * Offline it keeps the last state and shows its age (ReconnectingMark), as every display does.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AppSocket } from '../../shared/live';
import { errorText, nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useLive } from '../../shared/ui/use-live';
import { SeatChartView } from '../components/SeatChartView';
import { UNPAIRED_SEATS, type SeatSettings } from '../seat-layout';
import { useViewport } from '../use-viewport';

/** Long enough to read a card from the corridor; short enough to come round while one waits. */
export const SEAT_PAGE_MS = 12_000;

/** The page's query: a desk to highlight. */
function readHighlight(): number | undefined {
  const v = Number(new URLSearchParams(window.location.search).get('highlight'));
  return Number.isInteger(v) && v > 0 ? v : undefined;
}

export function SeatChart({ socket, department }: { socket: AppSocket; department: string }) {
  const live = useLive(socket, { kind: 'seats', department });
  const viewport = useViewport();
  const [highlight] = useState(readHighlight);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), SEAT_PAGE_MS);
    return () => clearInterval(timer);
  }, []);
  const state = live.state.value;
  const error = live.error.value;
  // In the screen's language, from the code: the server's own message is for the log.
  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const device = state.device?.settings;
  const settings: SeatSettings = {
    viewingDistanceMm: device?.viewingDistanceMm ?? UNPAIRED_SEATS.viewingDistanceMm,
    panelInch: device?.panelInch ?? UNPAIRED_SEATS.panelInch,
  };
  return (
    <SeatChartView
      staff={state.staff}
      title={t('seats.title', { department: nameOf(state.department) })}
      place={`${state.floor?.code ?? ''} ${state.department.room} · ☎ ${state.department.phone}`}
      viewport={viewport}
      settings={settings}
      plan={state.plan}
      tick={tick}
      highlight={highlight}
    >
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
    </SeatChartView>
  );
}
