import { useState, type FormEvent } from "react";
import type { Outputs } from "../lib/api-types";
import { bindFields, clientErrors, formFields, optionalDate, parseWholeNumber, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.programmeForm;
type Programme = Outputs["programmes"]["get"];
type ProgrammeStatus = Programme["status"];
const statuses = Object.keys(messages.programmeStatus) as ProgrammeStatus[];

/** What the form writes, as the API takes it. */
export type ProgrammeValues = Pick<
  Programme,
  "name" | "summary" | "objectives" | "budgetEuros" | "startsOn" | "endsOn" | "status"
>;

/** A new programme starts as a draft: communes do not see it until an officer announces it. */
const newProgramme: ProgrammeValues = {
  name: "",
  summary: "",
  objectives: "",
  budgetEuros: null,
  startsOn: null,
  endsOn: null,
  status: "draft",
};

/** The inputs hold text: an amount or a date is checked and converted only when sending. */
function toInputs(values: ProgrammeValues): Record<keyof ProgrammeValues, string> {
  return {
    name: values.name,
    summary: values.summary,
    objectives: values.objectives,
    budgetEuros: values.budgetEuros === null ? "" : String(values.budgetEuros),
    startsOn: values.startsOn ?? "",
    endsOn: values.endsOn ?? "",
    status: values.status,
  };
}

interface ProgrammeFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  /** The stored programme when editing; empty when creating one. */
  initial?: ProgrammeValues | undefined;
  submitLabel: string;
  /** Sends the form; rejects with the API's error, which the form then shows. */
  onSend: (values: ProgrammeValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/** A programme's fields and their checks: the same whether it is being created or edited. */
export function ProgrammeForm({ idPrefix, initial, submitLabel, onSend, onReload }: ProgrammeFormProps) {
  const [inputs, setInputs] = useState(() => toInputs(initial ?? newProgramme));
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    name: t.name,
    summary: t.summary,
    objectives: t.objectives,
    budgetEuros: t.budget,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    status: t.status,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const budget = parseWholeNumber(inputs.budgetEuros);
    const found = clientErrors({
      name: inputs.name.trim() === "" && messages.errors.required,
      budgetEuros: Number.isNaN(budget) && t.budgetInvalid,
    });
    void send("send", found, () =>
      onSend({
        name: inputs.name.trim(),
        summary: inputs.summary.trim(),
        objectives: inputs.objectives.trim(),
        budgetEuros: budget,
        startsOn: optionalDate(inputs.startsOn),
        endsOn: optionalDate(inputs.endsOn),
        status: inputs.status as ProgrammeStatus,
      }),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={t.name} required {...field("name")} />
      <TextAreaField label={t.summary} hint={t.summaryHint} rows={3} {...field("summary")} />
      <TextAreaField label={t.objectives} {...field("objectives")} />
      <TextField
        label={t.budget}
        hint={t.budgetHint}
        inputMode="numeric"
        className="input input--short"
        {...field("budgetEuros")}
      />
      <div className="field-row">
        <DateField label={t.startsOn} {...field("startsOn")} />
        <DateField label={t.endsOn} {...field("endsOn")} />
      </div>
      <SelectField label={t.status} required {...field("status")}>
        <Options values={statuses} labels={messages.programmeStatus} />
      </SelectField>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
