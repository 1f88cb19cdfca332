/**
 * 복합민원 (C8) at the counter: mark a case as complex; the server checks the profile's rule and
 * assigns a guardian; each case shows its progress-notice deadline counting down, overdue ones
 * flagged, and the guardian (or the officer who took it) records the notice.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PetitionList } from '../../shared/schemas/petitions';
import { api } from '../../shared/ui/api';
import { ComplexPetitionForm } from './ComplexPetitionForm';
import { ComplexPetitionItem } from './ComplexPetitionItem';
import './complex-petition.css';

const REFRESH_MS = 60_000;

export function ComplexPetitionPanel({ counterId }: { counterId: number | null }) {
  const [list, setList] = useState<PetitionList | null>(null);
  const [offset, setOffset] = useState(0);

  async function load() {
    const res = await api<PetitionList>('/api/petitions');
    if (res.ok) {
      setList(res.data);
      setOffset(Date.parse(res.data.now) - Date.now());
    }
  }
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const open = list?.petitions.filter((p) => p.closedAt === null) ?? [];
  const overdue = open.filter((p) => p.overdue).length;
  return (
    <section class="card stack petition-panel" aria-labelledby="petition-title">
      <h2 id="petition-title">
        {t('petition.title')} {open.length > 0 && `(${open.length})`}
        {overdue > 0 && (
          <span class="badge alert petition-overdue-count">
            {t('petition.overdueCount', { n: overdue })}
          </span>
        )}
      </h2>
      {list && <ComplexPetitionForm list={list} counterId={counterId} onCreated={load} />}
      {list && open.length === 0 && <p>{t('petition.empty')}</p>}
      <ul class="petition-list">
        {open.map((p) => (
          <ComplexPetitionItem key={p.id} petition={p} now={Date.now() + offset} onChanged={load} />
        ))}
      </ul>
    </section>
  );
}
