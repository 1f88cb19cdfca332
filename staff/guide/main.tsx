import '../../shared/i18n/staff';
import { StaffGate } from '../../shared/ui/components/StaffGate';
import { mount } from '../../shared/ui/mount';
import { GuideApp } from './GuideApp';
import { GuideBoot } from './GuideBoot';
import '../staff.css';

mount(
  <GuideBoot>
    <StaffGate roles={['guide', 'admin']}>
      {(account, signOut) => <GuideApp account={account} signOut={signOut} />}
    </StaffGate>
  </GuideBoot>,
);

// Installable, with an offline shell: a lost link shows the app and "reconnecting".
if ('serviceWorker' in navigator) {
  void navigator.serviceWorker
    .register('/staff/guide/sw.js', { scope: '/staff/guide' })
    .catch(() => undefined);
}
