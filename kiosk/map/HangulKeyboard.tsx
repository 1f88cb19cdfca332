/**
 * The kiosk's on-screen keyboard (it has no physical one): 두벌식 Hangul with 쌍자음 on shift,
 * consonants alone for 초성 search, an ABC layout for English, space and backspace.
 * It only reports keys; the screen composes them into syllables with `composeJamo`.
 */
import { useSignal } from '@preact/signals';
import { t } from '../../shared/i18n';

const HANGUL_ROWS = [[...'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ'], [...'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ'], [...'ㅋㅌㅊㅍㅠㅜㅡ']];
const SHIFTED: Record<string, string> = {
  ㅂ: 'ㅃ',
  ㅈ: 'ㅉ',
  ㄷ: 'ㄸ',
  ㄱ: 'ㄲ',
  ㅅ: 'ㅆ',
  ㅐ: 'ㅒ',
  ㅔ: 'ㅖ',
};
const LATIN_ROWS = [[...'qwertyuiop'], [...'asdfghjkl'], [...'zxcvbnm']];

export function HangulKeyboard({
  onKey,
  onBackspace,
  onClear,
}: {
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}) {
  const shift = useSignal(false);
  const latin = useSignal(false);
  const rows = latin.value ? LATIN_ROWS : HANGUL_ROWS;
  const press = (key: string) => {
    onKey(key);
    shift.value = false;
  };
  return (
    <div class="hangul-keyboard" role="group" aria-label={t('directory.keyboard')}>
      {rows.map((row, i) => (
        <div class="keyboard-row" key={i}>
          {i === 2 && !latin.value && (
            <button
              type="button"
              class="key key-wide"
              aria-pressed={shift.value}
              onClick={() => (shift.value = !shift.value)}
            >
              {t('directory.keyShift')}
            </button>
          )}
          {row.map((plain) => {
            const key = shift.value ? (SHIFTED[plain] ?? plain) : plain;
            return (
              <button
                type="button"
                key={plain}
                class="key"
                aria-label={key}
                onClick={() => press(key)}
              >
                {key}
              </button>
            );
          })}
          {i === 2 && (
            <button
              type="button"
              class="key key-wide"
              aria-label={t('directory.keyBackspace')}
              onClick={onBackspace}
            >
              ⌫
            </button>
          )}
        </div>
      ))}
      <div class="keyboard-row">
        <button
          type="button"
          class="key key-wide"
          lang={latin.value ? 'ko' : 'en'}
          onClick={() => {
            latin.value = !latin.value;
            shift.value = false;
          }}
        >
          {latin.value ? t('directory.keyHangul') : t('directory.keyLatin')}
        </button>
        <button
          type="button"
          class="key key-space"
          aria-label={t('directory.keySpace')}
          onClick={() => press(' ')}
        >
          {t('directory.keySpace')}
        </button>
        <button type="button" class="key key-wide" onClick={onClear}>
          {t('directory.keyClear')}
        </button>
      </div>
    </div>
  );
}
