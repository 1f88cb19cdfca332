/** Which component shows which kiosk route: add a screen here and to `KioskRoute`. */
import type { FunctionComponent } from 'preact';
import type { KioskRoute } from '../state';
import { Directory } from './Directory';
import { Help } from './Help';
import { Callback } from './Callback';
import { Feedback } from './Feedback';
import { Home } from './Home';
import { InfoPages } from './InfoPages';
import { PriorityQuestion } from './PriorityQuestion';
import { Refused } from './Refused';
import { Services } from './Services';
import { StaffFinder } from './StaffFinder';
import { TicketIssued } from './TicketIssued';

type ScreenProps<S extends KioskRoute['screen']> = { route: Extract<KioskRoute, { screen: S }> };

export const screens: { [S in KioskRoute['screen']]?: FunctionComponent<ScreenProps<S>> } = {
  home: Home,
  help: Help,
  directory: Directory,
  services: Services,
  priority: PriorityQuestion,
  ticket: TicketIssued,
  refused: Refused,
  staff: StaffFinder,
  callback: Callback,
  feedback: Feedback,
  info: InfoPages,
};
