/** The tasks within a service (등본, 초본 … within 제증명) as rows of names; the kiosk asks them. */
import { useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { TextField } from './fields';

/** One row as typed; `key` keeps a row's inputs (and focus) with it when one above is removed. */
export type TaskRow = { key: number; name: string; nameEn: string };

/** As many as `ServiceInput` takes. */
const MAX_TASKS = 12;

/** Focus moves once the change is on screen (a removed button cannot keep it; a new row takes it). */
const afterRender = (move: () => void) => setTimeout(move);

let nextKey = 0;
export const taskRow = (name = '', nameEn = ''): TaskRow => ({ key: ++nextKey, name, nameEn });

export function ServiceTasksField({
  tasks,
  onChange,
}: {
  tasks: readonly TaskRow[];
  onChange: (tasks: TaskRow[]) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const full = tasks.length >= MAX_TASKS;
  const replace = (row: TaskRow) => onChange(tasks.map((r) => (r.key === row.key ? row : r)));

  return (
    <fieldset class="wide service-tasks" aria-describedby="service-tasks-hint">
      <legend>{t('adminx.svc.tasks')}</legend>
      <p class="hint" id="service-tasks-hint">
        {t('adminx.svc.tasksHint')}
      </p>
      {tasks.length > 0 && (
        <ol class="service-task-list" ref={list}>
          {tasks.map((row, i) => (
            <li key={row.key}>
              <TextField
                draft={row}
                set={replace}
                name="name"
                label={t('adminx.svc.taskName', { n: i + 1 })}
                maxLength={30}
              />
              <TextField
                draft={row}
                set={replace}
                name="nameEn"
                label={t('adminx.svc.taskNameEn', { n: i + 1 })}
                maxLength={60}
              />
              <button
                type="button"
                aria-label={t('adminx.svc.taskRemove', {
                  name: row.name.trim() || t('adminx.svc.taskUnnamed', { n: i + 1 }),
                })}
                onClick={() => {
                  onChange(tasks.filter((r) => r.key !== row.key));
                  afterRender(() => add.current?.focus()); // the pressed button is gone
                }}
              >
                {t('adminx.delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="row">
        <button
          type="button"
          ref={add}
          disabled={full}
          onClick={() => {
            onChange([...tasks, taskRow()]);
            afterRender(() =>
              list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus(),
            );
          }}
        >
          {t('adminx.svc.taskAdd')}
        </button>
        {full && <span class="hint">{t('adminx.svc.tasksFull', { n: MAX_TASKS })}</span>}
      </div>
    </fieldset>
  );
}
