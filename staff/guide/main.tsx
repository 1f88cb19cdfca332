import { StaffGate } from '../../shared/ui/components/StaffGate';
import { mount } from '../../shared/ui/mount';
import { GuideApp } from './GuideApp';
import '../staff.css';

mount(
  <StaffGate roles={['guide', 'admin']}>
    {(account, signOut) => <GuideApp account={account} signOut={signOut} />}
  </StaffGate>,
);
