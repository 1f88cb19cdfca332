/** The visitor's phone page `/t/<code>`: the ticket followed live, Korean first. */
import { mount } from '../shared/ui/mount';
import { restorePhoneLang } from './ticket/phone-lang';
import { TicketApp } from './ticket/TicketApp';
import './ticket/phone.css';

restorePhoneLang();
mount(<TicketApp pathname={window.location.pathname} />);
