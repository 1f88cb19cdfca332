/** The hall's departments, services, counters and information pages for the admin console, reloaded after each change. */
import { signal } from '@preact/signals';
import type { InfoPage } from '../../shared/schemas/admin';
import type { Counter, Department, Service } from '../../shared/schemas/hall';
import { api } from '../../shared/ui/api';

export type AdminHall = {
  floors: { id: number; code: string; name: string; nameEn: string; sort: number }[];
  departments: Department[];
  services: Service[];
  counters: Counter[];
  infoPages: InfoPage[];
};

export const adminHall = signal<AdminHall | null>(null);

export async function reloadAdminHall(): Promise<void> {
  const res = await api<AdminHall>('/api/admin/hall');
  if (res.ok) adminHall.value = res.data;
}
