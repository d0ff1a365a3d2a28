import { useState, type FormEvent, type ReactNode } from "react";
import { centsInput, funderKinds, fundingStatuses, type FundingLine } from "../lib/funding";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.funding;
const f = t.lineForm;
const empty = { funderKind: "", funderName: "", amount: "", status: "planned", note: "" };

/** What the form sends, as the API takes it: the amount as typed, in euros. */
export interface FundingLineValues {
  funderKind: FundingLine["funderKind"];
  funderName: string;
  amount: string;
  status: FundingLine["status"];
  note: string;
}

/** A line's values as the form shows them, so an edit can tell what changed. */
export function lineValues(line: FundingLine): FundingLineValues {
  return {
    funderKind: line.funderKind,
    funderName: line.funderName,
    amount: centsInput(line.amountCents),
    status: line.status,
    note: line.note,
  };
}

interface FundingLineFormProps {
  idPrefix: string;
  initial?: FundingLineValues | undefined;
  submitLabel: string;
  /** Rejects with the API's error, which the form then shows by its fields. */
  onSend: (values: FundingLineValues) => Promise<void>;
  onReload?: (() => void) | undefined;
  /** Empties the form after a successful send (the creation form stays on the page). */
  resetOnSuccess?: boolean;
  /** More actions beside the submit button (remove, cancel). */
  children?: ReactNode;
}

/** A line of the funding plan: who pays, how much, how sure it is. */
export function FundingLineForm({
  idPrefix,
  initial,
  submitLabel,
  onSend,
  onReload,
  resetOnSuccess,
  children,
}: FundingLineFormProps) {
  const [inputs, setInputs] = useState<Record<keyof FundingLineValues, string>>(() =>
    initial
      ? {
          funderKind: initial.funderKind,
          funderName: initial.funderName,
          amount: initial.amount,
          status: initial.status,
          note: initial.note,
        }
      : empty,
  );
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    funderKind: f.funderKind,
    funderName: f.funderName,
    amount: f.amount,
    status: f.status,
    note: f.note,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      funderKind: inputs.funderKind === "" && messages.errors.required,
      funderName: inputs.funderName.trim() === "" && messages.errors.required,
      amount: inputs.amount.trim() === "" && messages.errors.required,
    });
    const values: FundingLineValues = {
      funderKind: inputs.funderKind as FundingLineValues["funderKind"],
      funderName: inputs.funderName.trim(),
      amount: inputs.amount.trim(),
      status: inputs.status as FundingLineValues["status"],
      note: inputs.note.trim(),
    };
    void send("send", found, async () => {
      await onSend(values);
      if (resetOnSuccess) setInputs(empty);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <div className="field-row">
        <SelectField label={f.funderKind} required {...field("funderKind")}>
          <option value="">{f.funderKindChoose}</option>
          <Options values={funderKinds} labels={t.funderKind} />
        </SelectField>
        <SelectField label={f.status} required {...field("status")}>
          <Options values={fundingStatuses} labels={t.status} />
        </SelectField>
      </div>
      <TextField label={f.funderName} required hint={f.funderNameHint} autoComplete="off" {...field("funderName")} />
      <TextField label={f.amount} required hint={f.amountHint} inputMode="decimal" {...field("amount")} />
      <TextAreaField label={f.note} rows={2} hint={messages.common.optionalHint} {...field("note")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
        {children}
      </div>
    </form>
  );
}
