/** Mounts a screen into `#app` with the shared theme. */
import { render, type ComponentChild } from 'preact';
import './theme.css';

export function mount(app: ComponentChild): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('the page has no #app element');
  render(app, root);
}
