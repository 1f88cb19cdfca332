/** One open complex petition: guardian, notice deadline counting down, and the notice form. */
import { hallStamp } from '../../shared/hall-time';
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type { PetitionView } from '../../shared/schemas/petitions';
import { api } from '../../shared/ui/api';

const DAY_MS = 86_400_000;
/** "MM-DD HH:MM" on the hall's clock. */
const hallWhen = (iso: string) => hallStamp(iso).slice(5);

type Props = { petition: PetitionView; now: number; onChanged: () => void };

export function ComplexPetitionItem({ petition: p, now, onChanged }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function act(path: 'notice' | 'close') {
    const res = await api<{ petition: PetitionView }>(`/api/petitions/${p.id}/${path}`, {
      body: path === 'notice' ? { note } : {},
    });
    if (res.ok) {
      setError(null);
      setNote('');
      onChanged();
    } else setError(errorText(res.error));
  }

  let due: string;
  if (p.noticedAt) due = t('petition.noticed', { at: hallWhen(p.noticedAt) });
  else if (p.noticeDueAt === null) due = t('petition.noDeadline');
  else {
    const days = (Date.parse(p.noticeDueAt) - now) / DAY_MS;
    due = p.overdue
      ? t('petition.overdue', { at: hallWhen(p.noticeDueAt) })
      : t('petition.dueIn', {
          days: Math.max(0, Math.ceil(days * 10) / 10),
          at: hallWhen(p.noticeDueAt),
        });
  }
  return (
    <li class="petition-item" data-overdue={p.overdue}>
      <div class="petition-head">
        <strong>{p.summary}</strong>
        <span class={`badge ${p.overdue ? 'alert' : p.noticedAt ? 'ok' : 'off'}`}>{due}</span>
      </div>
      <p>
        {t('petition.guardian', {
          name: p.guardian
            ? `${p.guardian.departmentName} ${p.guardian.name} (${p.guardian.grade})`
            : '—',
        })}
        {p.mine && <span class="badge ok">{t('petition.mine')}</span>}
      </p>
      <p>
        {t('petition.details', {
          departments: p.departments.map((d) => d.name).join(', '),
          days: p.legalDays,
          at: hallWhen(p.receivedAt),
        })}
      </p>
      {p.noticedAt === null ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act('notice');
          }}
        >
          <label>
            {t('petition.noticeNote')}
            <input
              value={note}
              required
              maxLength={300}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('petition.recordNotice')}</button>
        </form>
      ) : (
        p.noticeNote && <p>{p.noticeNote}</p>
      )}
      <button type="button" onClick={() => void act('close')}>
        {t('petition.close')}
      </button>
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
