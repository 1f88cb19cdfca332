/**
 * A kiosk screen whose code loads after the first screen: the home screen and the ticket path
 * stay in the kiosk's first script (within its budget, scripts/bundle-budget.ts), the rarer
 * screens arrive in the background a moment after start-up. By the time a visitor taps one it is
 * there and renders at once; before that (or while the server is away) the screen fills in as soon
 * as its code arrives, retrying every few seconds.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const PRELOAD_AFTER_MS = 1500;
const RETRY_MS = 3000;

const preloads: (() => Promise<unknown>)[] = [];
let preloadScheduled = false;

function schedulePreload(): void {
  if (preloadScheduled || typeof window === 'undefined') return;
  preloadScheduled = true;
  setTimeout(() => {
    for (const preload of preloads) void preload().catch(() => undefined);
  }, PRELOAD_AFTER_MS);
}

export function lazyScreen<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let pending: Promise<FunctionComponent<P>> | null = null;
  const get = (): Promise<FunctionComponent<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // the next try asks again
        throw error;
      },
    ));
  preloads.push(get);
  schedulePreload();

  return function LazyScreen(props: P) {
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const attempt = () =>
        get().then(
          () => live && setArrived(true),
          () => {
            if (live) timer = setTimeout(attempt, RETRY_MS);
          },
        );
      void attempt();
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }, []);
    const Screen = loaded;
    return Screen ? <Screen {...props} /> : null;
  };
}
