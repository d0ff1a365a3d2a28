import { useState, type FormEvent } from "react";
import type { ProjectStatus } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, submitterValue } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.updateForm;

export interface UpdateValues {
  title: string;
  body: string;
  proposedStatus: ProjectStatus | null;
}

interface UpdateFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  initial?: UpdateValues | undefined;
  nextStatuses: readonly ProjectStatus[];
  saveLabel: string;
  submitLabel: string;
  /** Sends the form; rejects with the API's error, which the form then shows. */
  onSend: (values: UpdateValues, submit: boolean) => Promise<void>;
  onReload?: (() => void) | undefined;
  resetOnSuccess?: boolean;
}

const emptyValues: UpdateValues = { title: "", body: "", proposedStatus: null };

/** Writing a progress update: the same fields whether it is new, a draft, or back for correction. */
export function UpdateForm({
  idPrefix,
  initial,
  nextStatuses,
  saveLabel,
  submitLabel,
  onSend,
  onReload,
  resetOnSuccess,
}: UpdateFormProps) {
  const [values, setValues] = useState<UpdateValues>(initial ?? emptyValues);
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState<"save" | "submit" | null>(null);
  const id = (name: keyof UpdateValues) => `${idPrefix}-${name}`;

  // A proposal the project has since outgrown stays visible rather than silently dropped; the API will say why it no longer fits.
  const statusChoices =
    values.proposedStatus && !nextStatuses.includes(values.proposedStatus)
      ? [...nextStatuses, values.proposedStatus]
      : nextStatuses;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submit = submitterValue(event) === "submit";
    const found = clientErrors({
      title: values.title.trim() === "" && messages.errors.required,
      body: values.body.trim() === "" && messages.errors.required,
    });
    setError(found);
    if (found) return;
    setPending(submit ? "submit" : "save");
    try {
      await onSend(
        { title: values.title.trim(), body: values.body.trim(), proposedStatus: values.proposedStatus },
        submit,
      );
      if (resetOnSuccess) setValues(emptyValues);
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(null);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary
        error={error}
        onReload={onReload}
        fields={{
          title: { id: id("title"), label: t.title },
          body: { id: id("body"), label: t.body },
          proposedStatus: { id: id("proposedStatus"), label: t.proposedStatus },
        }}
      />
      <TextField
        id={id("title")}
        label={t.title}
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
        error={fieldMessage(error, "title")}
      />
      <TextAreaField
        id={id("body")}
        label={t.body}
        hint={t.bodyHint}
        required
        rows={10}
        value={values.body}
        onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
        error={fieldMessage(error, "body")}
      />
      <SelectField
        id={id("proposedStatus")}
        label={t.proposedStatus}
        hint={t.proposedStatusHint}
        value={values.proposedStatus ?? ""}
        onChange={(e) =>
          setValues((v) => ({ ...v, proposedStatus: e.target.value === "" ? null : (e.target.value as ProjectStatus) }))
        }
        error={fieldMessage(error, "proposedStatus")}
      >
        <option value="">{t.unchanged}</option>
        {statusChoices.map((status) => (
          <option key={status} value={status}>
            {messages.projectStatus[status]}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <SubmitButton
          name="intent"
          value="save"
          variant="secondary"
          label={saveLabel}
          pending={pending === "save"}
          busy={pending !== null}
          pendingLabel={messages.common.saving}
        />
        <SubmitButton
          name="intent"
          value="submit"
          label={submitLabel}
          pending={pending === "submit"}
          busy={pending !== null}
          pendingLabel={t.submitting}
        />
      </div>
    </form>
  );
}
