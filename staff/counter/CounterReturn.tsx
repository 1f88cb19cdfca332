/** The console's line for a counter on lunch or break: when it is expected back. */
import { clockOf } from '../../shared/counter-break';
import type { Counter } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';

/** "13:00 복귀 예정" or "복귀 시각 미정" for a counter on lunch or break. */
export function CounterReturn({ counter }: { counter: Counter }) {
  if (counter.state !== 'lunch' && counter.state !== 'break') return null;
  return (
    <p role="status" data-testid="counter-return">
      <strong>
        {counter.returnsAt
          ? t('counterBreak.returns', { time: clockOf(counter.returnsAt) })
          : t('counterBreak.returnUnknown')}
      </strong>
    </p>
  );
}
