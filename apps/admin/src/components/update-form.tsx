import { useState, type FormEvent } from "react";
import type { ProjectStatus } from "../lib/api-types";
import { clientErrors, fieldMessage, formFields, submitterValue, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { Options, SelectField, TextAreaField, TextField } from "./form-field";
import { IntentButtons } from "./submit-button";

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
  const { error, pending, send } = useSending<"save" | "submit">();
  const { id, summary } = formFields(idPrefix, {
    title: t.title,
    body: t.body,
    proposedStatus: t.proposedStatus,
  });

  // A proposal the project has since outgrown stays visible rather than silently dropped; the API will say why it no longer fits.
  const statusChoices =
    values.proposedStatus && !nextStatuses.includes(values.proposedStatus)
      ? [...nextStatuses, values.proposedStatus]
      : nextStatuses;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submit = submitterValue(event) === "submit";
    const found = clientErrors({
      title: values.title.trim() === "" && messages.errors.required,
      body: values.body.trim() === "" && messages.errors.required,
    });
    void send(submit ? "submit" : "save", found, async () => {
      await onSend(
        { title: values.title.trim(), body: values.body.trim(), proposedStatus: values.proposedStatus },
        submit,
      );
      if (resetOnSuccess) setValues(emptyValues);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} onReload={onReload} fields={summary} />
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
        <Options values={statusChoices} labels={messages.projectStatus} />
      </SelectField>
      <IntentButtons
        name="intent"
        pending={pending}
        intents={[
          { value: "save", label: saveLabel, pendingLabel: messages.common.saving, variant: "secondary" },
          { value: "submit", label: submitLabel, pendingLabel: t.submitting },
        ]}
      />
    </form>
  );
}
