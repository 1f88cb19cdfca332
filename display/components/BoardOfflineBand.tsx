/**
 * The board without the server: a band of its own along the bottom, in the information pages'
 * place (the header and the calls stay where they are), at the size read from across the room, saying the numbers and waits below are from before the link dropped and how old they
 * are ("연결 끊김 · 12초 전 정보"; a screen reader hears the whole sentence). English stands beside
 * the Korean where the line has room; on a screen that holds one such line the two take turns.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Lang } from '../../shared/schemas/common';

/** The languages take turns this often where only one fits. */
const TURN_MS = 4000;

/** Seconds up to a minute, then minutes: at most two digits for the first hour and a half. */
function ageText(ms: number, language: Lang): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60
    ? t('common.seconds', { n: seconds }, language)
    : t('common.minutes', { n: Math.round(seconds / 60) }, language);
}

export function BoardOfflineBand({
  connected,
  syncedAt,
  oneLine,
  koreanOnly = false,
}: {
  connected: boolean;
  syncedAt: number | null;
  /** True where the band has room for one language at a time. */
  oneLine: boolean;
  /** Where the waiting list would otherwise lose a row: the band in Korean alone, the smaller. */
  koreanOnly?: boolean;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (connected) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [connected]);
  if (connected) return null;
  const age = syncedAt === null ? null : now - syncedAt;
  const english = !koreanOnly && oneLine && Math.floor(now / TURN_MS) % 2 === 1;
  // Taking turns, both lines keep their place (one unseen): the band is as tall as the taller of
  // them all the time, so the waiting list above never re-pages when the language changes.
  const line = (language: Lang) => (
    <span
      class="board-offline-line"
      lang={language}
      data-off={oneLine && english !== (language === 'en') ? 'true' : undefined}
    >
      <span>{t('board.offline', {}, language)}</span>
      {age !== null && (
        <span class="board-offline-age">
          {t('common.dataAge', { age: ageText(age, language) }, language)}
        </span>
      )}
    </span>
  );
  return (
    <div
      class={oneLine ? 'board-offline is-one-line' : 'board-offline'}
      role="status"
      data-testid="reconnecting"
      aria-label={
        age === null
          ? t('common.reconnecting')
          : t('board.offlineSentence', { age: ageText(age, 'ko') })
      }
    >
      {line('ko')}
      {!koreanOnly && line('en')}
    </div>
  );
}
