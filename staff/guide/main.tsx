import { StaffGate } from '../../shared/ui/components/StaffGate';
import { mount } from '../../shared/ui/mount';
import { GuideApp } from './GuideApp';
import '../staff.css';

mount(
  <StaffGate roles={['guide', 'admin']}>
    {(account, signOut) => <GuideApp account={account} signOut={signOut} />}
  </StaffGate>,
);

// Installable, with an offline shell: a lost link shows the app and "reconnecting".
if ('serviceWorker' in navigator) {
  void navigator.serviceWorker
    .register('/staff/guide/sw.js', { scope: '/staff/guide' })
    .catch(() => undefined);
}
