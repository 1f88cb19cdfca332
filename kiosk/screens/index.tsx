/** Which component shows which kiosk route: add a screen here and to `KioskRoute`. */
import type { FunctionComponent } from 'preact';
import type { KioskRoute } from '../state';
import { Home } from './Home';
import { PriorityQuestion } from './PriorityQuestion';
import { Refused } from './Refused';
import { Services } from './Services';
import { TicketIssued } from './TicketIssued';

type ScreenProps<S extends KioskRoute['screen']> = { route: Extract<KioskRoute, { screen: S }> };

export const screens: { [S in KioskRoute['screen']]?: FunctionComponent<ScreenProps<S>> } = {
  home: Home,
  services: Services,
  priority: PriorityQuestion,
  ticket: TicketIssued,
  refused: Refused,
};
