/** The administrator's console: devices first (pairing and revoking); more sections follow. */
import type { Account } from '../../shared/schemas/accounts';
import { t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';
import { DevicesSection } from './DevicesSection';

export function AdminApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'admin' });
  const state = live.state.value;
  return (
    <div class="console">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="console-header">
        <h1>{t('admin.title')}</h1>
        <span>
          {state?.hall.name} · {account.displayName}
        </span>
        <button type="button" onClick={signOut}>
          {t('signin.signOut')}
        </button>
      </header>
      {state && <DevicesSection devices={state.devices} />}
    </div>
  );
}
