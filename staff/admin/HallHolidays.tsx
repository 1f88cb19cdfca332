/** The hall's holidays as a list of dates: add one with the date picker, remove one with its button. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

export function HallHolidays({
  holidays,
  onChange,
}: {
  holidays: string[];
  onChange: (holidays: string[]) => void;
}) {
  const [date, setDate] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    onChange([...new Set([...holidays, date])].sort());
    setDate('');
  };
  return (
    <fieldset class="wide hall-holidays">
      <legend>{t('hallx.holidays')}</legend>
      <label>
        {t('hallx.holidayDate')}
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={add} disabled={!date}>
        {t('hallx.addHoliday')}
      </button>
      {holidays.length === 0 ? (
        <p class="hint">{t('hallx.noHolidays')}</p>
      ) : (
        <ul class="holiday-list">
          {holidays.map((day) => (
            <li key={day}>
              <span>{day}</span>
              <button
                type="button"
                aria-label={t('hallx.removeHoliday', { day })}
                onClick={() => onChange(holidays.filter((d) => d !== day))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
