/** The guide helper's tablet: who is on duty, and (with the paging issue) the pages from kiosks. */
import type { Account } from '../../shared/schemas/accounts';
import { t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';

export function GuideApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'guides' });
  const state = live.state.value;
  return (
    <div class="console">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="console-header">
        <h1>{t('guide.title')}</h1>
        <span>{account.displayName}</span>
        <button type="button" onClick={signOut}>
          {t('signin.signOut')}
        </button>
      </header>
      <section class="card stack" aria-labelledby="on-duty">
        <h2 id="on-duty">{t('guide.onDuty')}</h2>
        <ul>
          {state?.guides.map((guide) => (
            <li key={guide.id}>{guide.name}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
