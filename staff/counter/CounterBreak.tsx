/**
 * Lunch or break at a counter with an expected return: the officer picks when they are back (or
 * "모름"), the console shows "13:00 복귀 예정", and the wait estimator counts on that return.
 */
import { useState } from 'preact/hooks';
import { BREAK_CHOICES_MIN, BREAK_DEFAULT_MIN, clockOf } from '../../shared/counter-break';
import type { Counter } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';

type Away = 'lunch' | 'break';

/** The chooser shown after 점심 교대 or 잠시 휴식: minutes from now, or unknown (null). */
export function CounterBreak({
  counter,
  kind,
  busy,
  onStart,
  onCancel,
}: {
  counter: Counter;
  kind: Away;
  busy: boolean;
  /** Minutes from now (counted on the server's clock), or null for "모름". */
  onStart: (returnInMin: number | null) => void;
  onCancel: () => void;
}) {
  const [minutes, setMinutes] = useState<number | null>(BREAK_DEFAULT_MIN[kind]);
  const now = Date.now();
  const returnsAt = (m: number) => new Date(now + m * 60_000).toISOString();
  const changing = counter.state === kind;
  return (
    <fieldset class="stack counter-break">
      <legend>{t(`counterBreak.legend.${kind}` as const)}</legend>
      <div class="row" role="group" aria-label={t('counterBreak.choices')}>
        {BREAK_CHOICES_MIN[kind].map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={minutes === m}
            class={minutes === m ? 'primary' : ''}
            onClick={() => setMinutes(m)}
          >
            {t('counterBreak.choice', { n: m, time: clockOf(returnsAt(m)) })}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={minutes === null}
          class={minutes === null ? 'primary' : ''}
          onClick={() => setMinutes(null)}
        >
          {t('counterBreak.unknown')}
        </button>
      </div>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => onStart(minutes)}>
          {changing ? t('counterBreak.change') : t(`counterBreak.start.${kind}` as const)}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('counterBreak.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
