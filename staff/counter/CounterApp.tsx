/** The counter officer's console: pick a counter, open it, call and serve the queues it serves. */
import { useState } from 'preact/hooks';
import type { Account } from '../../shared/schemas/accounts';
import { t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';
import { CounterDesk } from './CounterDesk';
import { HelpAlerts } from './HelpAlerts';
import { PresencePanel } from './PresencePanel';
import { CallbackInbox } from './CallbackInbox';
import { ComplexPetitionPanel } from './ComplexPetitionPanel';
import { CompensationPanel } from './CompensationPanel';
import { PraiseInbox } from './PraiseInbox';
import { HandledComplaints } from './HandledComplaints';

const COUNTER_KEY = 'annae.counterId';

export function CounterApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'counter' });
  const state = live.state.value;
  const [counterId, setCounterId] = useState<number | null>(() => {
    const saved = Number(localStorage.getItem(COUNTER_KEY));
    return Number.isInteger(saved) && saved > 0 ? saved : null;
  });
  const counter = state?.counters.find((c) => c.id === counterId) ?? null;
  const serving =
    (counter && state?.tickets.find((x) => x.status === 'called' && x.counterId === counter.id)) ||
    null;

  function choose(id: number) {
    localStorage.setItem(COUNTER_KEY, String(id));
    setCounterId(id);
  }

  return (
    <div class="console">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="console-header">
        <h1>{t('counter.title')}</h1>
        <label class="row">
          {t('counter.choose')}
          <select value={counter?.id ?? ''} onChange={(e) => choose(Number(e.currentTarget.value))}>
            <option value="" disabled>
              —
            </option>
            {state?.counters.map((c) => (
              <option key={c.id} value={c.id}>
                {t('common.counter', { n: c.number })}
              </option>
            ))}
          </select>
        </label>
        <span>{account.displayName}</span>
        <button type="button" onClick={signOut}>
          {t('signin.signOut')}
        </button>
      </header>
      {state?.helpAlerts && <HelpAlerts pages={state.helpAlerts} />}
      {state && counter ? (
        <CounterDesk state={state} counter={counter} />
      ) : (
        <p class="card">{state ? t('counter.pickFirst') : t('common.loading')}</p>
      )}
      <PresencePanel />
      <CallbackInbox />
      <ComplexPetitionPanel counterId={counter?.id ?? null} />
      <CompensationPanel serving={serving} />
      <PraiseInbox />
      <HandledComplaints />
    </div>
  );
}
