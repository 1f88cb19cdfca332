/** The phone route page `/route/?hall=…&to=…`: a kiosk's route handed over by QR, no sign-in. */
import { mount } from '../shared/ui/mount';
import { restorePhoneLang } from './ticket/phone-lang';
import { RouteApp } from './route/RouteApp';
import './ticket/phone.css';
import './map/directory.css';
import './route/route.css';

restorePhoneLang();
mount(<RouteApp search={window.location.search} />);
