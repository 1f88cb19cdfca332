/**
 * The kiosk's numeric keypad for phone numbers (it has no physical keyboard): 0–9, 모두 지우기 and
 * 한 글자 지우기, three columns that shrink with the screen so 큰 글씨 keeps the third on it.
 */
import { t } from '../../shared/i18n';
import './keys.css';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;
export type KeypadKey = (typeof KEYS)[number];

/** What a key does to the digits typed so far (at most `max` digits). */
export function pressKey(value: string, key: KeypadKey, max = 11): string {
  if (key === 'clear') return '';
  if (key === 'back') return value.slice(0, -1);
  return value.replace(/\D/g, '').length < max ? value + key : value;
}

export function NumericKeypad({
  label,
  onKey,
}: {
  /** The group's name: which field it types into ("전화번호 숫자 버튼"). */
  label: string;
  onKey: (key: KeypadKey) => void;
}) {
  return (
    <div class="keypad" role="group" aria-label={label}>
      {KEYS.map((key) => (
        <button
          type="button"
          key={key}
          class={key.length > 1 ? 'keypad-word' : undefined}
          onClick={() => onKey(key)}
          aria-label={
            key === 'clear' ? t('keys.clear') : key === 'back' ? t('keys.backspace') : undefined
          }
        >
          {key === 'clear' ? t('keys.clear') : key === 'back' ? '⌫' : key}
        </button>
      ))}
    </div>
  );
}
