/**
 * The hall's settings: names, address, hours and lunch, the lunch rotation, holidays, languages,
 * the kiosk's idle reset, the charter profile and its overrides. Saved as one command; every
 * screen picks the change up live.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { catalogProfileById, profileCatalog } from '../../shared/profiles/catalog';
import { screenProfile } from '../../shared/profiles/overlay';
import type { Lang } from '../../shared/schemas/common';
import type { HallInfo, LunchShift } from '../../shared/schemas/hall';
import { api } from '../../shared/ui/api';
import { HallHolidays } from './HallHolidays';
import { HallProfileOverrides } from './HallProfileOverrides';
import { valueAt } from './hall-profile-fields';
import {
  FieldError,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextField,
  type FormErrors,
} from './fields';

type Draft = {
  name: string;
  nameEn: string;
  address: string;
  open: string;
  close: string;
  lunch: { from: string; to: string } | null;
  lunchShifts: LunchShift[];
  holidays: string[];
  languages: Lang[];
  profileId: string;
  profileOverrides: Record<string, unknown>;
};

const draftOf = (hall: HallInfo): Draft => ({
  name: hall.name,
  nameEn: hall.nameEn,
  address: hall.address,
  open: hall.open,
  close: hall.close,
  lunch: hall.lunch,
  lunchShifts: hall.lunchShifts,
  holidays: hall.holidays,
  languages: hall.languages,
  profileId: hall.profileId,
  profileOverrides: hall.profileOverrides,
});

const IDLE = 'kiosk.idleTimeoutSec';

export function HallSettingsForm({
  hall,
  onSaved,
}: {
  hall: HallInfo;
  onSaved: (message: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(hall));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const bind = { draft, set: setDraft };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft({ ...draft, [key]: value });
  const base = catalogProfileById(draft.profileId);
  const effective = screenProfile(draft);
  const idle = valueAt(effective, IDLE);

  function setIdle(text: string) {
    const overrides = { ...draft.profileOverrides };
    const value = Number(text);
    if (text === '' || value === valueAt(base, IDLE)) delete overrides[IDLE];
    else overrides[IDLE] = value;
    set('profileOverrides', overrides);
  }

  function setShift(index: number, key: 'from' | 'to', value: string) {
    const shifts = draft.lunchShifts.map((s, i) => (i === index ? { ...s, [key]: value } : s));
    set('lunchShifts', shifts);
  }

  async function save(event: Event) {
    event.preventDefault();
    setSaving(true);
    const res = await api<{ hall: HallInfo }>('/api/hall/settings', { method: 'PUT', body: draft });
    setSaving(false);
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    onSaved(t('hallx.saved', { name: res.data.hall.name }));
  }

  const toggleLang = (code: Lang, on: boolean) =>
    set(
      'languages',
      on
        ? (['ko', 'en'] as Lang[]).filter((l) => l === code || draft.languages.includes(l))
        : draft.languages.filter((l) => l !== code),
    );

  return (
    <FormErrorsProvider value={errors}>
      <form class="admin-form hall-form" onSubmit={save} aria-labelledby="hall-settings-heading">
        <h3 id="hall-settings-heading">{t('hallx.settings')}</h3>
        <TextField {...bind} name="name" label={t('hallx.name')} required maxLength={60} />
        <TextField {...bind} name="nameEn" label={t('hallx.nameEn')} maxLength={80} />
        <TextField {...bind} name="address" label={t('hallx.address')} maxLength={200} wide />
        <TextField {...bind} name="open" label={t('hallx.open')} type="time" required />
        <TextField {...bind} name="close" label={t('hallx.close')} type="time" required />
        <fieldset class="wide">
          <legend>{t('hallx.lunch')}</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={draft.lunch !== null}
              onChange={(e) =>
                set('lunch', e.currentTarget.checked ? { from: '12:00', to: '13:00' } : null)
              }
            />
            {t('hallx.lunchHas')}
          </label>
          {draft.lunch && (
            <>
              <label>
                {t('hallx.from')}
                <FieldError path="lunch.from">
                  {(aria) => (
                    <input
                      {...aria}
                      type="time"
                      value={draft.lunch!.from}
                      onInput={(e) =>
                        set('lunch', { ...draft.lunch!, from: e.currentTarget.value })
                      }
                    />
                  )}
                </FieldError>
              </label>
              <label>
                {t('hallx.to')}
                <FieldError path="lunch.to">
                  {(aria) => (
                    <input
                      {...aria}
                      type="time"
                      value={draft.lunch!.to}
                      onInput={(e) => set('lunch', { ...draft.lunch!, to: e.currentTarget.value })}
                    />
                  )}
                </FieldError>
              </label>
            </>
          )}
        </fieldset>
        <fieldset class="wide">
          <legend>{t('hallx.rotation')}</legend>
          <p class="hint">{t('hallx.rotationHelp')}</p>
          {draft.lunchShifts.map((shift, i) => (
            <div class="row" key={i} role="group" aria-label={t('hallx.shift', { n: i + 1 })}>
              <strong>{t('hallx.shift', { n: i + 1 })}</strong>
              <label>
                {t('hallx.from')}
                <FieldError path={`lunchShifts.${i}.from`}>
                  {(aria) => (
                    <input
                      {...aria}
                      type="time"
                      value={shift.from}
                      onInput={(e) => setShift(i, 'from', e.currentTarget.value)}
                    />
                  )}
                </FieldError>
              </label>
              <label>
                {t('hallx.to')}
                <FieldError path={`lunchShifts.${i}.to`}>
                  {(aria) => (
                    <input
                      {...aria}
                      type="time"
                      value={shift.to}
                      onInput={(e) => setShift(i, 'to', e.currentTarget.value)}
                    />
                  )}
                </FieldError>
              </label>
              <button
                type="button"
                onClick={() =>
                  set(
                    'lunchShifts',
                    draft.lunchShifts.filter((_, j) => j !== i),
                  )
                }
              >
                {t('hallx.remove')}
              </button>
            </div>
          ))}
          {draft.lunchShifts.length < 4 && (
            <button
              type="button"
              onClick={() => {
                const last = draft.lunchShifts[draft.lunchShifts.length - 1];
                set('lunchShifts', [
                  ...draft.lunchShifts,
                  last ? { from: last.to, to: last.to } : { from: '11:30', to: '12:30' },
                ]);
              }}
            >
              {t('hallx.addShift')}
            </button>
          )}
        </fieldset>
        <HallHolidays
          holidays={draft.holidays}
          onChange={(holidays) => set('holidays', holidays)}
        />
        <fieldset>
          <legend>{t('hallx.languages')}</legend>
          <label class="check">
            <input type="checkbox" checked disabled />
            한국어
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={draft.languages.includes('en')}
              onChange={(e) => toggleLang('en', e.currentTarget.checked)}
            />
            English
          </label>
        </fieldset>
        <label>
          {t('hallx.idle')}
          <FieldError path={`profileOverrides.${IDLE}`}>
            {(aria) => (
              <input
                {...aria}
                type="number"
                min={30}
                max={1800}
                value={typeof idle === 'number' ? String(idle) : ''}
                onInput={(e) => setIdle(e.currentTarget.value)}
              />
            )}
          </FieldError>
        </label>
        <label>
          {t('hallx.profile')}
          <FieldError path="profileId">
            {(aria) => (
              <select
                {...aria}
                value={draft.profileId}
                onChange={(e) => setDraft({ ...draft, profileId: e.currentTarget.value })}
              >
                {profileCatalog.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </FieldError>
        </label>
        <p class="wide hint">{base.source}</p>
        <HallProfileOverrides
          base={base}
          overrides={draft.profileOverrides}
          onChange={(profileOverrides) => set('profileOverrides', profileOverrides)}
        />
        <SaveRow label={t('hallx.save')} disabled={saving}>
          <button type="button" onClick={() => setDraft(draftOf(hall))}>
            {t('hallx.revert')}
          </button>
        </SaveRow>
      </form>
    </FormErrorsProvider>
  );
}
