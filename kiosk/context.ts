/** What every kiosk screen reads: the live hall snapshot, the visitor session and the link. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppSocket } from '../shared/live';
import type { KioskState } from '../shared/streams';
import type { KioskSession } from './state';

export type KioskContextValue = {
  hall: KioskState;
  session: KioskSession;
  socket: AppSocket;
  deviceToken: string | null;
};

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk outside the kiosk');
  return value;
}
