import '../../shared/i18n/staff';
import { StaffGate } from '../../shared/ui/components/StaffGate';
import { mount } from '../../shared/ui/mount';
import { AdminApp } from './AdminApp';
import '../staff.css';

mount(
  <StaffGate roles={['admin']}>
    {(account, signOut) => <AdminApp account={account} signOut={signOut} />}
  </StaffGate>,
);
