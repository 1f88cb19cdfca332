/** The admin console's sections in navigation order. */
import type { MessageKey } from '../../shared/i18n/ko';

export const ADMIN_SECTIONS = [
  { id: 'hall', label: 'adminx.nav.hall' },
  { id: 'departments', label: 'adminx.nav.departments' },
  { id: 'staff', label: 'adminx.nav.staff' },
  { id: 'services', label: 'adminx.nav.services' },
  { id: 'devices', label: 'adminx.nav.devices' },
  { id: 'info', label: 'adminx.nav.info' },
  // Slots the lead mounts other issues' sections into (see AdminApp.tsx).
  { id: 'floors', label: 'adminx.nav.floors' },
  { id: 'inbox', label: 'adminx.nav.inbox' },
  { id: 'charter', label: 'adminx.nav.charter' },
  { id: 'audit', label: 'adminx.nav.audit' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type AdminSectionId = (typeof ADMIN_SECTIONS)[number]['id'];
