/**
 * The form that adds or edits a service, the tasks the kiosk asks within it, and its queue rules
 * (priority order, when issuing stops).
 */
import type {
  Department,
  Service,
  ServicePriorityPolicy,
  ServiceRules,
} from '../../shared/schemas/hall';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import {
  CheckField,
  DepartmentField,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextField,
  type FormErrors,
} from './fields';
import { ServiceTasksField, taskRow, type TaskRow } from './ServiceTasksField';

export type ServiceDraft = {
  code: string;
  name: string;
  nameEn: string;
  departmentId: string;
  avgServiceMin: string;
  dailyCap: string;
  open: boolean;
  priorityPolicy: ServicePriorityPolicy;
  ratioNormal: string;
  stopBeforeCloseMin: string;
  tasks: TaskRow[];
};

export const emptyService: ServiceDraft = {
  code: '',
  name: '',
  nameEn: '',
  departmentId: '',
  avgServiceMin: '5',
  dailyCap: '',
  open: true,
  priorityPolicy: 'profile',
  ratioNormal: '',
  stopBeforeCloseMin: '',
  tasks: [],
};

export const serviceDraft = (s: Service, rules: ServiceRules | undefined): ServiceDraft => ({
  code: String(s.code),
  name: s.name,
  nameEn: s.nameEn,
  departmentId: String(s.departmentId),
  avgServiceMin: String(s.avgServiceMin),
  dailyCap: s.dailyCap === null ? '' : String(s.dailyCap),
  open: s.open,
  priorityPolicy: rules?.priorityPolicy ?? 'profile',
  ratioNormal: String(rules?.ratioNormal ?? ''),
  stopBeforeCloseMin: String(rules?.stopBeforeCloseMin ?? ''),
  tasks: s.tasks.map((task) => taskRow(task.name, task.nameEn)),
});

const POLICIES: ServicePriorityPolicy[] = ['profile', 'ratio', 'strict', 'none'];

/** Saves the service, then its rules; resolves to the saved service's name or an error message. */
async function saveService(
  editing: number | null,
  draft: ServiceDraft,
): Promise<{ ok: true; name: string } | { ok: false; error: ApiError }> {
  const res = await api<{ service: Service }>(
    editing === null ? '/api/admin/services' : `/api/admin/services/${editing}`,
    {
      method: editing === null ? 'POST' : 'PUT',
      body: {
        code: Number(draft.code),
        name: draft.name,
        nameEn: draft.nameEn,
        departmentId: Number(draft.departmentId),
        avgServiceMin: Number(draft.avgServiceMin) || 5,
        dailyCap: draft.dailyCap ? Number(draft.dailyCap) : null,
        open: draft.open,
        sort: Number(draft.code),
        // Sent as typed: the server trims, and names an empty or repeated one.
        tasks: draft.tasks.map(({ name, nameEn }) => ({ name, nameEn })),
      },
    },
  );
  if (!res.ok) return { ok: false, error: res.error };
  const ruled = await api(`/api/hall/services/${res.data.service.id}/rules`, {
    method: 'PUT',
    body: {
      priorityPolicy: draft.priorityPolicy,
      ratioNormal: draft.priorityPolicy === 'ratio' ? Number(draft.ratioNormal) || null : null,
      stopBeforeCloseMin: draft.stopBeforeCloseMin === '' ? null : Number(draft.stopBeforeCloseMin),
    },
  });
  if (!ruled.ok) return { ok: false, error: ruled.error };
  return { ok: true, name: res.data.service.name };
}

export function ServiceForm({
  editing,
  draft,
  set,
  departments,
  onSaved,
}: {
  editing: number | null;
  draft: ServiceDraft;
  set: (draft: ServiceDraft) => void;
  departments: readonly Department[];
  /** With the saved service's name; a refusal is shown in the form, next to its field. */
  onSaved: (name: string) => void;
}) {
  const bind = { draft, set };
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return (
    <FormErrorsProvider value={errors}>
      <form
        class="admin-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await saveService(editing, draft);
          setErrors(result.ok ? NO_ERRORS : formErrors(result.error));
          if (result.ok) onSaved(result.name);
        }}
        aria-labelledby="service-form-heading"
      >
        <h3 id="service-form-heading">
          {editing === null ? t('adminx.svc.new') : t('adminx.svc.edit')}
        </h3>
        <TextField {...bind} name="name" label={t('adminx.svc.name')} required maxLength={80} />
        <TextField {...bind} name="nameEn" label={t('adminx.svc.nameEn')} maxLength={80} />
        <TextField
          {...bind}
          name="code"
          label={t('adminx.svc.code')}
          type="number"
          min={0}
          max={99}
          required
        />
        <DepartmentField {...bind} name="departmentId" departments={departments} />
        <TextField
          {...bind}
          name="avgServiceMin"
          label={t('adminx.svc.avg')}
          type="number"
          min={1}
          step="0.5"
        />
        <TextField {...bind} name="dailyCap" label={t('adminx.svc.cap')} type="number" min={1} />
        <label>
          {t('hallx.svc.policy')}
          <select
            value={draft.priorityPolicy}
            onChange={(e) =>
              set({ ...draft, priorityPolicy: e.currentTarget.value as ServicePriorityPolicy })
            }
          >
            {POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`hallx.svc.policy.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {draft.priorityPolicy === 'ratio' && (
          <TextField
            {...bind}
            name="ratioNormal"
            label={t('hallx.svc.ratio')}
            type="number"
            min={1}
            max={20}
            required
          />
        )}
        <TextField
          {...bind}
          name="stopBeforeCloseMin"
          label={t('hallx.svc.stopBefore')}
          type="number"
          min={0}
          max={240}
          placeholder={t('hallx.svc.stopBeforeProfile')}
        />
        <CheckField {...bind} name="open" label={t('adminx.svc.open')} />
        <ServiceTasksField tasks={draft.tasks} onChange={(tasks) => set({ ...draft, tasks })} />
        <SaveRow />
      </form>
    </FormErrorsProvider>
  );
}
