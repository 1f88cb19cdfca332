/**
 * The seat plan of one department: desks on a grid as the room is arranged, the head row (0) for
 * team leaders. Pick a person, then move the desk with the arrow buttons or row and column; a taken
 * desk swaps. The door display follows live; the preview under the grid shows it at the real
 * device's size and reading distance. With nobody picked, an empty place toggles an empty desk
 * (빈 자리) and a column's button a walkway (통로), so the chart shows the room as it stands.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Department } from '../../shared/schemas/hall';
import {
  EMPTY_SEAT_PLAN,
  SEAT_MAX_COL,
  SEAT_MAX_ROW,
  type SeatPlan,
  type StaffAdminRow,
} from '../../shared/schemas/staff';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import {
  DepartmentOptions,
  formError,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  FormMessage,
  TextField,
  type FormErrors,
} from './fields';
import { SeatPlanPreview } from './SeatPlanPreview';

export function StaffSeatPlan({
  staff,
  departments,
  onClose,
}: {
  staff: StaffAdminRow[];
  departments: Department[];
  onClose: () => void;
}) {
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? 0);
  const [selected, setSelected] = useState<number | null>(null);
  const [seat, setSeat] = useState({ row: '', col: '' });
  // A person's move (arrows, a free desk, row and column) is shown at the move form; an empty
  // desk or a walkway is a button of the grid itself, so its refusal stands under the grid.
  const [moveErrors, setMoveErrors] = useState<FormErrors>(NO_ERRORS);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [plan, setPlan] = useState<SeatPlan>(EMPTY_SEAT_PLAN);
  useEffect(() => {
    setPlan(EMPTY_SEAT_PLAN);
    if (!departmentId) return;
    void api<{ plan: SeatPlan }>(`/api/staff/seat-plans/${departmentId}`).then((res) => {
      if (res.ok) setPlan(res.data.plan);
    });
  }, [departmentId]);
  const people = staff.filter((s) => s.departmentId === departmentId && !s.retiredAt);
  const person = people.find((p) => p.id === selected);
  const rows = Math.max(1, ...people.map((p) => p.seat.row)) + 1;
  const cols = Math.min(
    SEAT_MAX_COL,
    Math.max(
      4,
      ...people.map((p) => p.seat.col),
      ...plan.emptyDesks.map((d) => d.col),
      ...plan.aisleCols,
    ) + 1,
  );
  const isVacant = (r: number, c: number) =>
    plan.emptyDesks.some((d) => d.row === r && d.col === c);
  const isAisle = (r: number, c: number) => r > 0 && plan.aisleCols.includes(c);

  async function savePlan(next: SeatPlan, done: string) {
    const res = await api<{ plan: SeatPlan }>(`/api/staff/seat-plans/${departmentId}`, {
      method: 'PUT',
      body: next,
    });
    if (!res.ok) return setError(errorText(res.error));
    setError(null);
    setPlan(res.data.plan);
    setStatus(done);
  }
  const toggleEmpty = (r: number, c: number) =>
    void savePlan(
      {
        ...plan,
        emptyDesks: isVacant(r, c)
          ? plan.emptyDesks.filter((d) => d.row !== r || d.col !== c)
          : [...plan.emptyDesks, { row: r, col: c }],
      },
      isVacant(r, c)
        ? t('staffadm.seatEmptyRemoved', { row: r, col: c })
        : t('staffadm.seatEmptyAdded', { row: r, col: c }),
    );
  const toggleAisle = (c: number) =>
    void savePlan(
      {
        ...plan,
        aisleCols: plan.aisleCols.includes(c)
          ? plan.aisleCols.filter((x) => x !== c)
          : [...plan.aisleCols, c],
      },
      plan.aisleCols.includes(c)
        ? t('staffadm.seatAisleRemoved', { col: c })
        : t('staffadm.seatAisleAdded', { col: c }),
    );
  const at = (r: number, c: number) => people.find((p) => p.seat.row === r && p.seat.col === c);
  const department = departments.find((d) => d.id === departmentId);

  function select(id: number) {
    const p = people.find((x) => x.id === id);
    setSelected(id);
    setSeat({ row: p ? String(p.seat.row) : '', col: p ? String(p.seat.col) : '' });
    setStatus(null);
    setError(null);
    setMoveErrors(NO_ERRORS);
  }

  async function move(target: { row: number; col: number }) {
    if (!person) return;
    if (target.row < 0 || target.row > SEAT_MAX_ROW || target.col < 1 || target.col > SEAT_MAX_COL)
      return setMoveErrors(
        formError(t('staffadm.seatOutside', { rows: SEAT_MAX_ROW, cols: SEAT_MAX_COL }), 'seat'),
      );
    const res = await api<{ staff: StaffAdminRow[] }>(`/api/staff/${person.id}/seat`, {
      body: target,
    });
    if (!res.ok) return setMoveErrors(formErrors(res.error));
    setMoveErrors(NO_ERRORS);
    setSeat({ row: String(target.row), col: String(target.col) });
    const swapped = res.data.staff.find((s) => s.id !== person.id);
    setStatus(
      swapped
        ? t('staffadm.seatSwapped', { name: person.name, other: swapped.name })
        : t('staffadm.seatMoved', { name: person.name, row: target.row, col: target.col }),
    );
  }

  const step = (dr: number, dc: number) =>
    person && void move({ row: person.seat.row + dr, col: person.seat.col + dc });

  return (
    <section class="staff-seats stack" aria-labelledby="staff-seats-heading">
      <div class="row staff-editor-head">
        <h3 id="staff-seats-heading">{t('staffadm.seatPlan')}</h3>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div class="row">
        <label>
          {t('adminx.svc.department')}
          <select
            value={String(departmentId)}
            onChange={(e) => {
              setDepartmentId(Number(e.currentTarget.value));
              setSelected(null);
            }}
          >
            <DepartmentOptions departments={departments} />
          </select>
        </label>
        {department && (
          <a
            class="button"
            href={`/display/seats/${department.slug}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('staffadm.seatOpenDisplay')}
          </a>
        )}
      </div>
      <p>{t('staffadm.seatHelp')}</p>
      <div
        class="seat-grid"
        role="grid"
        aria-label={t('staffadm.seatGrid', { name: department?.name ?? '' })}
        style={{ gridTemplateColumns: `4.5em repeat(${cols}, minmax(7em, 1fr))` }}
      >
        {Array.from({ length: rows }, (_, r) => (
          <div role="row" class="seat-grid-row" key={r}>
            <span role="rowheader" class="seat-grid-head">
              {r === 0 ? t('staffadm.seatHead') : t('staffadm.seatRowN', { n: r })}
            </span>
            {Array.from({ length: cols }, (_, i) => {
              const c = i + 1;
              const p = at(r, c);
              return (
                <span role="gridcell" key={c} class={`seat-cell${r === 0 ? ' head' : ''}`}>
                  {p ? (
                    <button
                      type="button"
                      class={`seat-person${p.leader ? ' leader' : ''}`}
                      aria-pressed={p.id === selected}
                      onClick={() => select(p.id)}
                    >
                      <strong>{p.name}</strong>
                      <small>{p.position}</small>
                    </button>
                  ) : (
                    <span class="seat-empty">
                      {person ? (
                        <button
                          type="button"
                          class="seat-drop"
                          aria-label={t('staffadm.seatMoveHere', { row: r, col: c })}
                          onClick={() => void move({ row: r, col: c })}
                        >
                          +
                        </button>
                      ) : isAisle(r, c) ? (
                        <span class="seat-aisle">{t('staffadm.seatAisle')}</span>
                      ) : (
                        <button
                          type="button"
                          class={`seat-vacant-toggle${isVacant(r, c) ? ' on' : ''}`}
                          aria-pressed={isVacant(r, c)}
                          aria-label={t('staffadm.seatMarkEmpty', { row: r, col: c })}
                          onClick={() => toggleEmpty(r, c)}
                        >
                          {isVacant(r, c) ? t('staffadm.seatEmpty') : ''}
                        </button>
                      )}
                    </span>
                  )}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <div class="row seat-aisles" role="group" aria-label={t('staffadm.seatAisles')}>
        <span>{t('staffadm.seatAisles')}</span>
        {Array.from({ length: cols }, (_, i) => (
          <button
            type="button"
            key={i}
            aria-pressed={plan.aisleCols.includes(i + 1)}
            aria-label={t('staffadm.seatAisleCol', { col: i + 1 })}
            disabled={people.some((p) => p.seat.row > 0 && p.seat.col === i + 1)}
            onClick={() => toggleAisle(i + 1)}
          >
            {i + 1}
          </button>
        ))}
      </div>
      {person ? (
        <FormErrorsProvider value={moveErrors}>
          <div
            class="row seat-controls"
            role="group"
            aria-label={t('staffadm.seatMoveOf', { name: person.name })}
          >
            <strong>{person.name}</strong>
            <button
              type="button"
              aria-label={t('staffadm.seatUp')}
              disabled={person.seat.row === 0}
              onClick={() => step(-1, 0)}
            >
              ↑
            </button>
            <button type="button" aria-label={t('staffadm.seatDown')} onClick={() => step(1, 0)}>
              ↓
            </button>
            <button
              type="button"
              aria-label={t('staffadm.seatLeft')}
              disabled={person.seat.col === 1}
              onClick={() => step(0, -1)}
            >
              ←
            </button>
            <button type="button" aria-label={t('staffadm.seatRight')} onClick={() => step(0, 1)}>
              →
            </button>
            <form
              class="row"
              onSubmit={(e) => {
                e.preventDefault();
                void move({ row: Number(seat.row), col: Number(seat.col) });
              }}
            >
              <TextField
                draft={seat}
                set={setSeat}
                name="row"
                path={['row', 'seat']}
                label={t('staffadm.seatRow')}
                type="number"
                min={0}
                max={SEAT_MAX_ROW}
                required
              />
              <TextField
                draft={seat}
                set={setSeat}
                name="col"
                path={['col', 'seat']}
                label={t('staffadm.seatCol')}
                type="number"
                min={1}
                max={SEAT_MAX_COL}
                required
              />
              <button type="submit" class="primary">
                {t('staffadm.seatMove')}
              </button>
            </form>
          </div>
          {/* Under the controls, not among them: the arrows stay where they were pressed. */}
          <FormMessage />
        </FormErrorsProvider>
      ) : (
        <p>{t('staffadm.seatPick')}</p>
      )}
      <ErrorAlert message={error} />
      {status && (
        <p class="staff-ok" role="status">
          {status}
        </p>
      )}
      {department && <SeatPlanPreview people={people} department={department} plan={plan} />}
    </section>
  );
}
