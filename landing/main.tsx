import { mount } from '../shared/ui/mount';
import { Landing } from './Landing';
import './landing.css';

mount(<Landing />);
