/**
 * Before the sign-in gate: is the server there at all? A tablet that opens the app from its home
 * screen with the link down gets the service worker's cached shell; this shows "reconnecting"
 * there (not a sign-in form that cannot work) and lets the app in as soon as the server answers.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** How often the shell asks again while the link is down. */
export const RETRY_MS = 3000;

async function reachable(): Promise<boolean> {
  try {
    const res = await fetch('/api/health', { cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}

export function GuideBoot({ children }: { children: ComponentChildren }) {
  const [up, setUp] = useState<boolean | null>(null);
  useEffect(() => {
    if (up) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const ok = await reachable();
      if (stopped) return;
      setUp(ok);
      if (!ok) timer = setTimeout(() => void check(), RETRY_MS);
    };
    void check();
    const online = () => void check();
    window.addEventListener('online', online);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
    };
  }, [up]);

  if (up) return <>{children}</>;
  if (up === null) return <p role="status">{t('common.loading')}</p>;
  return (
    <main class="guide-offline">
      <h1>{t('guide.title')}</h1>
      <p class="reconnecting" role="status" data-testid="reconnecting">
        {t('common.reconnecting')}
      </p>
      <p>{t('guidepwa.offline')}</p>
    </main>
  );
}
