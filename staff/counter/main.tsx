import '../../shared/i18n/staff';
import { StaffGate } from '../../shared/ui/components/StaffGate';
import { mount } from '../../shared/ui/mount';
import { CounterApp } from './CounterApp';
import '../staff.css';

mount(
  <StaffGate roles={['counter', 'admin']}>
    {(account, signOut) => <CounterApp account={account} signOut={signOut} />}
  </StaffGate>,
);
