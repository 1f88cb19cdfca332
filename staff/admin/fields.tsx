/**
 * The admin forms' fields, each bound to one key of a draft object: the label, the control and
 * the copy-with-one-key-changed setter written once instead of in every form.
 */
import { createContext, type ComponentChildren, type InputHTMLAttributes } from 'preact';
import { useContext, useId } from 'preact/hooks';
import type { ApiError } from '../../shared/errors';
import type { Department } from '../../shared/schemas/hall';
import { errorText, t } from '../../shared/i18n';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

/**
 * What a rejected save said, placed where the admin looks: each field the server named shows its
 * message under itself (aria-invalid, aria-describedby), and the whole message sits beside the
 * form's save button, not at the top of a long page.
 */
export type FormErrors = { message: string | null; fields: Record<string, string> };
export const NO_ERRORS: FormErrors = { message: null, fields: {} };
const FormErrorsContext = createContext<FormErrors>(NO_ERRORS);
export const FormErrorsProvider = FormErrorsContext.Provider;

/** A server error as form errors: "tasks.1.name" marks the field "tasks" (and the full path). */
export function formErrors(error: ApiError): FormErrors {
  const named = (error.details ?? []).filter((d) => d.path);
  const own = errorText({ code: error.code });
  // A conflict (a prefix already used) says what is wrong in its own words; a rejected
  // payload only names fields, so each gets the plain "check this field".
  const fieldText = error.code === 'invalid_request' ? t('adminx.field.check') : own;
  const fields: Record<string, string> = {};
  for (const d of named) {
    fields[d.path] ??= fieldText;
    fields[d.path.split('.')[0]!] ??= fieldText;
  }
  return { message: errorText(error), fields };
}

/** The error for one field, with the id its control points to. */
function useFieldError(name: string): { id: string; message: string | undefined } {
  const id = useId();
  return { id, message: useContext(FormErrorsContext).fields[name] };
}

/** Inside the label, so it stands under its control; out of the label's name, read as its description. */
function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span class="field-error" id={id} aria-hidden="true">
      {message}
    </span>
  );
}

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
  const error = useFieldError(String(name));
  return (
    <label class={wide ? 'wide' : undefined}>
      {label}
      <input
        {...input}
        value={draft[name] as string}
        onInput={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        aria-invalid={error.message ? true : undefined}
        aria-describedby={error.message ? error.id : undefined}
      />
      <FieldMessage {...error} />
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
  const error = useFieldError(String(name));
  return (
    <label>
      {t('adminx.svc.department')}
      <select
        value={draft[name] as string}
        onChange={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        required
        disabled={disabled}
        aria-invalid={error.message ? true : undefined}
        aria-describedby={error.message ? error.id : undefined}
      >
        <option value="">—</option>
        <DepartmentOptions departments={departments} />
      </select>
      <FieldMessage {...error} />
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
  const { message } = useContext(FormErrorsContext);
  return (
    <div class="row">
      <ErrorAlert message={message} />
      <button class="primary" type="submit">
        {label}
      </button>
    </div>
  );
}
