/**
 * The admin forms' fields, each bound to one key of a draft object: the label, the control and
 * the copy-with-one-key-changed setter written once instead of in every form.
 */
import {
  createContext,
  type ComponentChildren,
  type InputHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'preact';
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

/**
 * A refusal the console itself makes before asking the server (a file that is no photo, a seat
 * off the grid): the same two places, the whole message and the field it is about.
 */
export const formError = (message: string, field?: string): FormErrors => ({
  message,
  fields: field ? { [field]: message } : {},
});

/**
 * The server's names for a field: its draft key by default, or the body paths it is sent as
 * ("settings.screenBottomMm"); the first of them the server named gives the message.
 */
export type FieldPath = string | readonly string[];

/** The error for one field, with the id its control points to. */
function useFieldError(path: FieldPath): { id: string; message: string | undefined } {
  const id = useId();
  const { fields } = useContext(FormErrorsContext);
  const paths = typeof path === 'string' ? [path] : path;
  return { id, message: paths.map((p) => fields[p]).find(Boolean) };
}

/** What a control the server refused carries: marked invalid, its message as its description. */
export type FieldAria = { 'aria-invalid'?: true; 'aria-describedby'?: string };
const ariaOf = (error: { id: string; message: string | undefined }): FieldAria =>
  error.message ? { 'aria-invalid': true, 'aria-describedby': error.id } : {};

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
  /** When the server calls the field otherwise than the draft does. */
  path?: FieldPath;
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
  path,
  wide,
  ...input
}: Bound<D, string> & InputProps & { wide?: boolean }) {
  const error = useFieldError(path ?? String(name));
  return (
    <label class={wide ? 'wide' : undefined}>
      {label}
      <input
        {...input}
        value={draft[name] as string}
        onInput={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        {...ariaOf(error)}
      />
      <FieldMessage {...error} />
    </label>
  );
}

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'name' | 'label' | 'aria-describedby'
>;

/** Text over several lines; `hint` stays part of the description when the field is refused. */
export function TextAreaField<D>({
  label,
  draft,
  set,
  name,
  path,
  hint,
  ...textarea
}: Bound<D, string> & TextAreaProps & { hint?: ComponentChildren }) {
  const error = useFieldError(path ?? String(name));
  const hintId = useId();
  const describedBy = [hint ? hintId : '', error.message ? error.id : ''].join(' ').trim();
  return (
    <label class="wide">
      {label}
      <textarea
        {...textarea}
        value={draft[name] as string}
        onInput={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        aria-invalid={error.message ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && <small id={hintId}>{hint}</small>}
      <FieldMessage {...error} />
    </label>
  );
}

/**
 * For a control none of these fields makes (a time in a fieldset, a file input, a cell of a
 * table): `children` gets its aria attributes, and the message follows it.
 */
export function FieldError({
  path,
  children,
}: {
  path: FieldPath;
  children: (aria: FieldAria) => ComponentChildren;
}) {
  const error = useFieldError(path);
  return (
    <>
      {children(ariaOf(error))}
      <FieldMessage {...error} />
    </>
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
  path,
  departments,
  disabled,
}: Omit<Bound<D, string>, 'label'> & { departments: readonly Department[]; disabled?: boolean }) {
  const error = useFieldError(path ?? String(name));
  return (
    <label>
      {t('adminx.svc.department')}
      <select
        value={draft[name] as string}
        onChange={(e) => set({ ...draft, [name]: e.currentTarget.value })}
        required
        disabled={disabled}
        {...ariaOf(error)}
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

/**
 * The whole message of a refusal, where a form's buttons are; brought into view, so a button
 * pressed at the bottom of the screen does not hide its answer below it.
 */
export function FormMessage() {
  return <ErrorAlert message={useContext(FormErrorsContext).message} reveal />;
}

/** The form's submit button, in the row the admin forms end with; `children` follow it. */
export function SaveRow({
  label = t('adminx.save'),
  disabled,
  children,
}: {
  label?: string;
  disabled?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <div class="row">
      <FormMessage />
      <button class="primary" type="submit" disabled={disabled}>
        {label}
      </button>
      {children}
    </div>
  );
}
