import { DeviceGate } from '../shared/ui/components/DeviceGate';
import { mount } from '../shared/ui/mount';
import { Board } from './screens/Board';
import './display.css';

mount(<DeviceGate>{(socket) => <Board socket={socket} />}</DeviceGate>);
