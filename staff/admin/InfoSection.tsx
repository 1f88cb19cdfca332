/** Information pages (C14): counselling timetable, complaint channels, amenities, notices; shown on the kiosks. */
import { useState } from 'preact/hooks';
import type { InfoKind, InfoPage } from '../../shared/schemas/admin';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall, reloadAdminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import {
  CheckField,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextAreaField,
  TextField,
  type FormErrors,
} from './fields';

type Draft = {
  kind: InfoKind;
  title: string;
  titleEn: string;
  body: string;
  items: string;
  published: boolean;
  sort: string;
};
const empty: Draft = {
  kind: 'notice',
  title: '',
  titleEn: '',
  body: '',
  items: '',
  published: true,
  sort: '0',
};

/** One item a line: "label | value". */
const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = '', ...rest] = line.split('|');
      return { label: label.trim(), value: rest.join('|').trim() };
    });

export function InfoSection() {
  const hall = adminHall.value;
  const [draft, setDraft] = useState<Draft>(empty);
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // Deleting is a button of a page in the list, not the form: its refusal stands under the list.
  const [error, setError] = useState<string | null>(null);
  if (!hall) return null;

  async function save(event: Event) {
    event.preventDefault();
    const old = hall?.infoPages.find((p) => p.id === editing);
    const items = itemsOf(draft.items).map((item, i) => ({
      ...item,
      labelEn: old?.items[i]?.labelEn ?? '',
      valueEn: old?.items[i]?.valueEn ?? '',
    }));
    const body = {
      kind: draft.kind,
      title: draft.title,
      titleEn: draft.titleEn,
      body: draft.body,
      bodyEn: old?.bodyEn ?? '',
      items,
      sort: Number(draft.sort) || 0,
      published: draft.published,
    };
    const res = await api<{ page: InfoPage }>(
      editing === null ? '/api/admin/info' : `/api/admin/info/${editing}`,
      { method: editing === null ? 'POST' : 'PUT', body },
    );
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    setDraft(empty);
    setEditing(null);
    await reloadAdminHall();
  }

  async function remove(page: InfoPage) {
    if (!confirm(t('adminx.info.confirmDelete', { title: page.title }))) return;
    const res = await api(`/api/admin/info/${page.id}`, { method: 'DELETE' });
    if (!res.ok) return setError(errorText(res.error));
    setError(null);
    await reloadAdminHall();
  }

  return (
    <section class="card stack" aria-labelledby="info-heading">
      <h2 id="info-heading">{t('adminx.nav.info')}</h2>
      <ul class="info-admin-list">
        {hall.infoPages.map((page) => (
          <li key={page.id} class="card">
            <h3>
              {page.title} <small>({t(`adminx.info.kind.${page.kind}`)})</small>{' '}
              {!page.published && <span class="badge off">{t('adminx.info.hidden')}</span>}
            </h3>
            {page.body && <p>{page.body}</p>}
            <ul>
              {page.items.map((item, i) => (
                <li key={i}>
                  {item.label} — {item.value}
                </li>
              ))}
            </ul>
            <div class="row">
              <button
                type="button"
                aria-label={`${t('adminx.edit')}: ${page.title}`}
                onClick={() => {
                  setEditing(page.id);
                  setErrors(NO_ERRORS);
                  setDraft({
                    kind: page.kind,
                    title: page.title,
                    titleEn: page.titleEn,
                    body: page.body,
                    items: page.items.map((i) => `${i.label} | ${i.value}`).join('\n'),
                    published: page.published,
                    sort: String(page.sort),
                  });
                }}
              >
                {t('adminx.edit')}
              </button>
              <button
                type="button"
                aria-label={`${t('adminx.delete')}: ${page.title}`}
                onClick={() => remove(page)}
              >
                {t('adminx.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
      <FormErrorsProvider value={errors}>
        <form class="admin-form" onSubmit={save} aria-labelledby="info-form-heading">
          <h3 id="info-form-heading">
            {editing === null ? t('adminx.info.new') : t('adminx.info.edit')}
          </h3>
          <label>
            {t('adminx.info.kind')}
            <select
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as InfoKind })}
            >
              {(['timetable', 'channels', 'amenities', 'notice'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`adminx.info.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <TextField
            draft={draft}
            set={setDraft}
            name="title"
            label={t('adminx.info.title')}
            required
            maxLength={80}
          />
          <TextField
            draft={draft}
            set={setDraft}
            name="titleEn"
            label={t('adminx.info.titleEn')}
            maxLength={80}
          />
          <TextAreaField
            draft={draft}
            set={setDraft}
            name="body"
            label={t('adminx.info.body')}
            rows={2}
          />
          {/* Each line is an item: "items.2.label" marks the whole list. */}
          <TextAreaField
            draft={draft}
            set={setDraft}
            name="items"
            label={t('adminx.info.items')}
            rows={4}
          />
          <CheckField
            draft={draft}
            set={setDraft}
            name="published"
            label={t('adminx.info.published')}
          />
          <SaveRow />
        </form>
      </FormErrorsProvider>
    </section>
  );
}
