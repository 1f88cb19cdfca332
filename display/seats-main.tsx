import { DeviceGate } from '../shared/ui/components/DeviceGate';
import { mount } from '../shared/ui/mount';
import { SeatChart } from './screens/SeatChart';
import './display.css';

const department = decodeURIComponent(
  window.location.pathname.split('/').filter(Boolean).pop() ?? '',
);
mount(<DeviceGate>{(socket) => <SeatChart socket={socket} department={department} />}</DeviceGate>);
