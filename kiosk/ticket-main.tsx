/** The visitor's phone page `/t/<code>`: filled in by the phone ticket page work. */
import { mount } from '../shared/ui/mount';

mount(
  <main>
    <h1>번호표</h1>
  </main>,
);
