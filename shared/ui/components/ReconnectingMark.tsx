/** The visible "reconnecting · as of 12 s ago" mark a screen shows while the link is down. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

function ageText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 120
    ? t('common.seconds', { n: seconds })
    : t('common.minutes', { n: Math.round(seconds / 60) });
}

export function ReconnectingMark({
  connected,
  syncedAt,
}: {
  connected: boolean;
  syncedAt: number | null;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (connected) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [connected]);
  if (connected) return null;
  return (
    <div class="reconnecting" role="status" data-testid="reconnecting">
      {t('common.reconnecting')}
      {syncedAt !== null && <> · {t('common.dataAge', { age: ageText(now - syncedAt) })}</>}
    </div>
  );
}
