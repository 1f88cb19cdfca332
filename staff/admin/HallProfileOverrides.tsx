/**
 * The charter profile's single values, each with the profile's own value and the hall's override.
 * Changing a value back to the profile's removes the override. The server checks every override
 * against the profile schema when the hall is saved.
 */
import { t } from '../../shared/i18n';
import type { CharterProfile } from '../../shared/profiles/schema';
import { fieldLabel, profileFields, type ProfileField } from './hall-profile-fields';
import { FieldError, type FieldAria } from './fields';

const show = (value: unknown) =>
  value === null || value === undefined
    ? t('hallx.silent')
    : typeof value === 'boolean'
      ? value
        ? t('hallx.yes')
        : t('hallx.no')
      : String(value);

export function HallProfileOverrides({
  base,
  overrides,
  onChange,
}: {
  base: CharterProfile;
  overrides: Record<string, unknown>;
  onChange: (overrides: Record<string, unknown>) => void;
}) {
  const fields = profileFields(base);
  const changed = Object.keys(overrides).filter((p) => p !== 'kiosk.idleTimeoutSec').length;

  function setValue(field: ProfileField, value: unknown) {
    const next = { ...overrides };
    if (value === field.value) delete next[field.path];
    else next[field.path] = value;
    onChange(next);
  }

  function input(field: ProfileField, aria: FieldAria) {
    const current = field.path in overrides ? overrides[field.path] : field.value;
    const label = `${fieldLabel(field.path) ?? field.path}: ${t('hallx.hallValue')}`;
    if (
      typeof field.value === 'boolean' ||
      (field.value === null && typeof current === 'boolean')
    ) {
      return (
        <select
          {...aria}
          aria-label={label}
          value={current === null ? '' : String(current)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setValue(field, v === '' ? null : v === 'true');
          }}
        >
          {field.value === null && <option value="">{t('hallx.silent')}</option>}
          <option value="true">{t('hallx.yes')}</option>
          <option value="false">{t('hallx.no')}</option>
        </select>
      );
    }
    if (typeof field.value === 'string') {
      return (
        <input
          {...aria}
          aria-label={label}
          value={String(current ?? '')}
          onInput={(e) => setValue(field, e.currentTarget.value)}
        />
      );
    }
    return (
      <input
        {...aria}
        aria-label={label}
        type="number"
        min={0}
        value={current === null || current === undefined ? '' : String(current)}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setValue(field, text === '' ? null : Number(text));
        }}
      />
    );
  }

  return (
    <details class="wide profile-overrides" open={changed > 0}>
      <summary>{t('hallx.overrides', { n: changed })}</summary>
      <p class="hint">{t('hallx.overridesHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('hallx.value')}</th>
            <th scope="col">{t('hallx.profileValue')}</th>
            <th scope="col">{t('hallx.hallValue')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const label = fieldLabel(field.path);
            const overridden = field.path in overrides;
            return (
              <tr key={field.path} class={overridden ? 'overridden' : ''}>
                <th scope="row">
                  {label ?? <code>{field.path}</code>}
                  {label && (
                    <>
                      <br />
                      <code class="hint">{field.path}</code>
                    </>
                  )}
                </th>
                <td>{show(field.value)}</td>
                <td>
                  {/* The server names the override the admin wrote, by its profile path. */}
                  <FieldError path={`profileOverrides.${field.path}`}>
                    {(aria) => input(field, aria)}
                  </FieldError>
                </td>
                <td>
                  {overridden && (
                    <button
                      type="button"
                      aria-label={`${t('hallx.reset')}: ${label ?? field.path}`}
                      onClick={() => setValue(field, field.value)}
                    >
                      {t('hallx.reset')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
