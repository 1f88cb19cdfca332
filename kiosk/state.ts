/**
 * The kiosk's visitor session: which screen is shown and everything the visitor chose. `reset()`
 * clears it all, so nothing leaks to the next visitor. Testable without rendering.
 */
import { signal } from '@preact/signals';
import { setLang } from '../shared/i18n';
import type { PublicTicket, ServiceQueue } from '../shared/schemas/queue';

/** Every kiosk screen, with what it needs to open. Screens register in `screens/index.tsx`. */
export type KioskRoute =
  | { screen: 'home' }
  | { screen: 'services' }
  | { screen: 'task'; serviceId: number }
  /** `task`: the task's `name` chosen on the task screen; absent when none was asked or chosen. */
  | { screen: 'priority'; serviceId: number; task?: string }
  | { screen: 'ticket'; ticket: PublicTicket }
  | { screen: 'refused'; serviceId: number; code: string; message: string; opensAt: string | null }
  | { screen: 'directory'; query?: string; departmentId?: number; staffId?: number }
  | { screen: 'staff'; staffId?: number }
  | { screen: 'callback'; staffId: number }
  | { screen: 'help' }
  | { screen: 'feedback' }
  | { screen: 'info' };

/** The accessibility modes a visitor turns on from the mode bar; they combine and end with the visit. */
export type KioskModes = {
  largeFont: boolean;
  highContrast: boolean;
  lowScreen: boolean;
  voice: boolean;
  /** With voice: the first tap speaks a control, a second tap on it within 1.5 s acts. */
  tapToHear: boolean;
  lens: boolean;
};
export const NO_MODES: KioskModes = {
  largeFont: false,
  highContrast: false,
  lowScreen: false,
  voice: false,
  tapToHear: false,
  lens: false,
};

export function createKioskState() {
  const route = signal<KioskRoute>({ screen: 'home' });
  const modes = signal<KioskModes>(NO_MODES);
  /** Cleared on reset; screens keep their own inputs here so reset can wipe them. */
  const scratch = signal<Record<string, unknown>>({});
  const resetListeners = new Set<() => void>();

  return {
    route,
    scratch,
    modes,
    toggleMode(mode: keyof KioskModes): void {
      modes.value = { ...modes.value, [mode]: !modes.value[mode] };
    },
    go(next: KioskRoute): void {
      route.value = next;
    },
    /** Back to the first screen with nothing of the last visitor left. */
    reset(): void {
      route.value = { screen: 'home' };
      scratch.value = {};
      modes.value = NO_MODES;
      setLang('ko');
      for (const listener of resetListeners) listener();
    },
    onReset(listener: () => void): () => void {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };
}
export type KioskSession = ReturnType<typeof createKioskState>;

/** The kiosk asks the task only when there is a choice: a service with two tasks or more. */
export function asksTask(queue: Pick<ServiceQueue, 'tasks'>): boolean {
  return (queue.tasks?.length ?? 0) >= 2;
}

/** Where taking a ticket for a service begins: its task if it asks one, else priority. */
export function ticketStart(queue: Pick<ServiceQueue, 'serviceId' | 'tasks'>): KioskRoute {
  return asksTask(queue)
    ? { screen: 'task', serviceId: queue.serviceId }
    : { screen: 'priority', serviceId: queue.serviceId };
}

/** A fresh key per tap of "issue": a retried request or a double tap gets the same ticket. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
