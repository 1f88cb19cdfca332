/**
 * The admin forms' fields, each bound to one key of a draft object: the label, the control and
 * the copy-with-one-key-changed setter written once instead of in every form.
 */
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import type { Department } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';

/** The keys of D whose values are of type V. */
type KeysOf<D, V> = { [K in keyof D]: D[K] extends V ? K : never }[keyof D];

type Bound<D, V> = {
  label: ComponentChildren;
  draft: D;
  set: (draft: D) => void;
  name: KeysOf<D, V>;
};

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'checked' | 'name' | 'label'
>;

/** A text or number input; the draft keeps what was typed, as text. */
export function TextField<D>({
  label,
  draft,
  set,
  name,
  wide,
  ...input
}: Bound<D, string> & InputProps & { wide?: boolean }) {
  return (
    <label class={wide ? 'wide' : undefined}>
      {label}
      <input
        {...input}
        value={draft[name] as string}
        onInput={(e) => set({ ...draft, [name]: e.currentTarget.value })}
      />
    </label>
  );
}

export function CheckField<D>({
  label,
  draft,
  set,
  name,
  disabled,
}: Bound<D, boolean> & { disabled?: boolean }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        disabled={disabled}
        checked={draft[name] as boolean}
        onChange={(e) => set({ ...draft, [name]: e.currentTarget.checked })}
      />
      {label}
    </label>
  );
}

/** The department a service, a counter or a staff member belongs to; "" until one is chosen. */
export function DepartmentField<D>({
  draft,
  set,
  name,
  departments,
  disabled,
}: Omit<Bound<D, string>, 'label'> & { departments: readonly Department[]; disabled?: boolean }) {
  return (
    <label>
      {t('adminx.svc.department')}
      <select
        value={draft[name] as string}
        onChange={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        required
        disabled={disabled}
      >
        <option value="">—</option>
        <DepartmentOptions departments={departments} />
      </select>
    </label>
  );
}

/** One option a department, its id as the value: for every department chooser. */
export function DepartmentOptions({ departments }: { departments: readonly Department[] }) {
  return (
    <>
      {departments.map((d) => (
        <option key={d.id} value={String(d.id)}>
          {d.name}
        </option>
      ))}
    </>
  );
}

/** The form's submit button, in the row the admin forms end with. */
export function SaveRow({ label = t('adminx.save') }: { label?: string }) {
  return (
    <div class="row">
      <button class="primary" type="submit">
        {label}
      </button>
    </div>
  );
}
