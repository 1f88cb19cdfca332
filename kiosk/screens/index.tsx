/** Which component shows which kiosk route: add a screen here and to `KioskRoute`. */
import type { FunctionComponent } from 'preact';
import { lazyScreen } from '../lazy-screen';
import type { KioskRoute } from '../state';
import { Help } from './Help';
import { Home } from './Home';
import { PriorityQuestion } from './PriorityQuestion';
import { Refused } from './Refused';
import { Services } from './Services';
import { TaskQuestion } from './TaskQuestion';
import { TicketIssued } from './TicketIssued';

// Rarer screens load a moment after start-up, outside the kiosk's first script (kiosk/lazy-screen.tsx).
const Directory = lazyScreen(() => import('./Directory').then((m) => m.Directory));
const StaffFinder = lazyScreen(() => import('./StaffFinder').then((m) => m.StaffFinder));
const Callback = lazyScreen(() => import('./Callback').then((m) => m.Callback));
const Feedback = lazyScreen(() => import('./Feedback').then((m) => m.Feedback));
const InfoPages = lazyScreen(() => import('./InfoPages').then((m) => m.InfoPages));

type ScreenProps<S extends KioskRoute['screen']> = { route: Extract<KioskRoute, { screen: S }> };

export const screens: { [S in KioskRoute['screen']]?: FunctionComponent<ScreenProps<S>> } = {
  home: Home,
  help: Help,
  directory: Directory,
  services: Services,
  task: TaskQuestion,
  priority: PriorityQuestion,
  ticket: TicketIssued,
  refused: Refused,
  staff: StaffFinder,
  callback: Callback,
  feedback: Feedback,
  info: InfoPages,
};
