import { DeviceGate } from '../shared/ui/components/DeviceGate';
import { mount } from '../shared/ui/mount';
import { KioskApp } from './KioskApp';
import './kiosk.css';

mount(<DeviceGate>{(socket) => <KioskApp socket={socket} />}</DeviceGate>);
