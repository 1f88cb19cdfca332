/**
 * The administrator's console: one section at a time, chosen from the navigation. Sections of other
 * features mount their sections here (floors and maps, complaints inbox, charter report).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Account } from '../../shared/schemas/accounts';
import { t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { useLive } from '../../shared/ui/use-live';
import { AdminNav } from './AdminNav';
import { AuditSection } from './AuditSection';
import { DepartmentsSection } from './DepartmentsSection';
import { DevicesSection } from './DevicesSection';
import { FloorsSection } from './FloorsSection';
import { HallSection } from './HallSection';
import { InboxSection } from './InboxSection';
import { InfoSection } from './InfoSection';
import { ReportSection } from './ReportSection';
import { ServicesSection } from './ServicesSection';
import { StaffListSection } from './StaffListSection';
import type { AdminSectionId } from './sections';
import { reloadAdminHall } from './use-admin-hall';
import './admin.css';

export function AdminApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'admin' });
  const state = live.state.value;
  const [section, setSection] = useState<AdminSectionId>('hall');
  useEffect(() => {
    void reloadAdminHall();
  }, []);
  return (
    <div class="console admin-console">
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
      <div class="admin-layout">
        <AdminNav current={section} onSelect={setSection} />
        <main class="admin-main">
          {section === 'hall' && state && <HallSection hall={state.hall} />}
          {section === 'departments' && <DepartmentsSection />}
          {section === 'staff' && <StaffListSection />}
          {section === 'services' && <ServicesSection />}
          {section === 'devices' && state && <DevicesSection devices={state.devices} />}
          {section === 'info' && <InfoSection />}
          {section === 'floors' && <FloorsSection />}
          {section === 'inbox' && <InboxSection />}
          {section === 'charter' && <ReportSection />}
          {section === 'audit' && <AuditSection />}
        </main>
      </div>
    </div>
  );
}
