/** The counter officer's console: counters and the queues they serve. */
import type { Account } from '../../shared/schemas/accounts';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';

export function CounterApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'counter' });
  const state = live.state.value;
  return (
    <div class="console">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="console-header">
        <h1>{t('counter.title')}</h1>
        <span>{account.displayName}</span>
        <button type="button" onClick={signOut}>
          {t('signin.signOut')}
        </button>
      </header>
      <section class="card" aria-labelledby="counters">
        <h2 id="counters">{t('counter.counters')}</h2>
        <table>
          <tbody>
            {state?.counters.map((counter) => (
              <tr key={counter.id}>
                <th scope="row">{t('common.counter', { n: counter.number })}</th>
                <td>{t(`counter.state.${counter.state}` as const)}</td>
                <td>
                  {counter.serviceIds
                    .map((id) => state.services.find((s) => s.id === id))
                    .map((s) => (s ? nameOf(s) : ''))
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
