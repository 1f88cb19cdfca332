/** The form that marks a case as a complex petition; the profile's rule is shown beside it. */
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type { PetitionList, PetitionView } from '../../shared/schemas/petitions';
import { api } from '../../shared/ui/api';

type Props = { list: PetitionList; counterId: number | null; onCreated: () => void };

function ruleText(rule: PetitionList['rule']): string {
  const parts: string[] = [];
  if (rule.minDepartments !== null)
    parts.push(t('petition.ruleDepartments', { n: rule.minDepartments }));
  if (rule.minDays !== null) parts.push(t('petition.ruleDays', { n: rule.minDays }));
  if (parts.length === 0) return t('petition.ruleSilent');
  const notice =
    rule.noticeWithinDays === null
      ? t('petition.ruleNoNotice')
      : t('petition.ruleNotice', { n: rule.noticeWithinDays });
  const grade =
    rule.guardianGrade === null ? '' : ` ${t('petition.ruleGrade', { n: rule.guardianGrade })}`;
  return `${parts.join(', ')} — ${notice}${grade}`;
}

export function ComplexPetitionForm({ list, counterId, onCreated }: Props) {
  const [summary, setSummary] = useState('');
  const [lead, setLead] = useState<number | ''>('');
  const [others, setOthers] = useState<number[]>([]);
  const [legalDays, setLegalDays] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (lead === '') {
      setMessage({ ok: false, text: t('petition.needLead') });
      return;
    }
    const res = await api<{ petition: PetitionView }>('/api/petitions', {
      body: {
        summary,
        departmentIds: [lead, ...others.filter((id) => id !== lead)],
        legalDays: Number(legalDays),
        counterId,
      },
    });
    if (res.ok) {
      const p = res.data.petition;
      setMessage({
        ok: true,
        text: t('petition.created', {
          guardian: p.guardian ? `${p.guardian.departmentName} ${p.guardian.name}` : '—',
        }),
      });
      setSummary('');
      setOthers([]);
      setLegalDays('');
      onCreated();
    } else setMessage({ ok: false, text: errorText(res.error) });
  }

  return (
    <form class="petition-form" onSubmit={(e) => void submit(e)} aria-label={t('petition.mark')}>
      <p class="petition-rule">{t('petition.rule', { rule: ruleText(list.rule) })}</p>
      <label>
        {t('petition.summary')}
        <input
          value={summary}
          maxLength={200}
          required
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('petition.lead')}
        <select
          value={lead}
          required
          onChange={(e) =>
            setLead(e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))
          }
        >
          <option value="">—</option>
          {list.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('petition.others')}</legend>
        <div class="petition-departments">
          {list.departments
            .filter((d) => d.id !== lead)
            .map((d) => (
              <label key={d.id} class="row">
                <input
                  type="checkbox"
                  checked={others.includes(d.id)}
                  onChange={(e) =>
                    setOthers(
                      e.currentTarget.checked
                        ? [...others, d.id]
                        : others.filter((id) => id !== d.id),
                    )
                  }
                />
                {d.name}
              </label>
            ))}
        </div>
      </fieldset>
      <label>
        {t('petition.legalDays')}
        <input
          type="number"
          min={0}
          max={365}
          required
          value={legalDays}
          onInput={(e) => setLegalDays(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('petition.mark')}</button>
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          class={message.ok ? 'petition-ok' : 'petition-error'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
