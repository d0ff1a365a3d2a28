import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { messages } from "../messages.fr";

interface FieldBaseProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean | undefined;
}) {
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {required && <span className="field-required"> {messages.common.required}</span>}
    </label>
  );
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      <strong>{messages.errors.fieldPrefix}</strong> {error}
    </p>
  ) : null;
}

function FieldShell({ id, label, required, hint, error, children }: FieldBaseProps & { children: ReactNode }) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <FieldErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** ARIA wiring shared by every control: hint and error read with the field, invalid state announced. */
function controlProps({ id, required, hint, error }: FieldBaseProps) {
  return {
    id,
    name: id,
    required,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
}

type InputProps = FieldBaseProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required">;

export function TextField({ id, label, required, hint, error, className, ...input }: InputProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <input
        type="text"
        className={className ?? "input"}
        {...input}
        {...controlProps({ id, label, required, hint, error })}
      />
    </FieldShell>
  );
}

type TextAreaProps = FieldBaseProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "required">;

export function TextAreaField({ id, label, required, hint, error, rows = 6, ...textarea }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <textarea
        className="input textarea"
        rows={rows}
        {...textarea}
        {...controlProps({ id, label, required, hint, error })}
      />
    </FieldShell>
  );
}

type SelectProps = FieldBaseProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "required">;

export function SelectField({ id, label, required, hint, error, children, ...select }: SelectProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <select className="input select" {...select} {...controlProps({ id, label, required, hint, error })}>
        {children}
      </select>
    </FieldShell>
  );
}

/** A calendar date: the browser's own date control, which every keyboard and screen reader knows. */
export function DateField(props: Omit<InputProps, "type" | "className">) {
  return <TextField type="date" className="input input--date" {...props} />;
}

/** A select's options from a list of values and the words for each (statuses, roles). */
export function Options<V extends string>({ values, labels }: { values: readonly V[]; labels: Record<V, string> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
