import { useState, type FormEvent } from "react";
import {
  centsInput,
  grantNatures,
  grantPaymentTerms,
  parseSharePercent,
  shareInput,
  type FundingLine,
  type Grant,
} from "../lib/funding";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, FieldErrorMessage, Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.funding;
const f = t.grantForm;

/** What the form sends, as the API takes it: amounts as typed, in euros; the share from 0.01 to 1. */
export interface GrantValues {
  fundingLineId: string | null;
  funderName: string;
  funderSiret: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  purpose: string;
  decisionReference: string;
  conventionOn: string;
  amount: string;
  nature: Grant["nature"];
  paymentTerms: Grant["paymentTerms"];
  paymentTermsNote: string;
  share: number;
  euNotified: boolean;
  raeId: string;
}

/** A grant's values as the form shows them, so an edit sends only what changed. */
export function grantValues(grant: Grant): GrantValues {
  return {
    fundingLineId: grant.fundingLineId,
    funderName: grant.funderName,
    funderSiret: grant.funderSiret,
    beneficiaryName: grant.beneficiaryName,
    beneficiarySiret: grant.beneficiarySiret,
    purpose: grant.purpose,
    decisionReference: grant.decisionReference,
    conventionOn: grant.conventionOn,
    amount: centsInput(grant.amountCents),
    nature: grant.nature,
    paymentTerms: grant.paymentTerms,
    paymentTermsNote: grant.paymentTermsNote,
    share: grant.share,
    euNotified: grant.euNotified,
    raeId: grant.raeId,
  };
}

type TextInputs = Record<Exclude<keyof GrantValues, "euNotified" | "share" | "fundingLineId">, string> & {
  fundingLineId: string;
  share: string;
};

function inputsOf(values: GrantValues | undefined): TextInputs {
  return {
    fundingLineId: values?.fundingLineId ?? "",
    funderName: values?.funderName ?? "",
    funderSiret: values?.funderSiret ?? "",
    beneficiaryName: values?.beneficiaryName ?? "",
    beneficiarySiret: values?.beneficiarySiret ?? "",
    purpose: values?.purpose ?? "",
    decisionReference: values?.decisionReference ?? "",
    conventionOn: values?.conventionOn ?? "",
    amount: values?.amount ?? "",
    nature: values?.nature ?? "cash",
    paymentTerms: values?.paymentTerms ?? "single",
    paymentTermsNote: values?.paymentTermsNote ?? "",
    share: values ? shareInput(values.share) : "100",
    raeId: values?.raeId ?? "",
  };
}

interface GrantFormProps {
  idPrefix: string;
  initial?: GrantValues | undefined;
  /** The project's funding lines, one of which the grant may answer. */
  lines: readonly FundingLine[];
  submitLabel: string;
  onSend: (values: GrantValues) => Promise<void>;
  onReload?: (() => void) | undefined;
  resetOnSuccess?: boolean;
}

/** A grant: the essential data the SCDL "subventions" schema publishes, with their checks. */
export function GrantForm({ idPrefix, initial, lines, submitLabel, onSend, onReload, resetOnSuccess }: GrantFormProps) {
  const [inputs, setInputs] = useState<TextInputs>(() => inputsOf(initial));
  const [euNotified, setEuNotified] = useState(initial?.euNotified ?? false);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    fundingLineId: f.fundingLineId,
    funderName: f.funderName,
    funderSiret: f.funderSiret,
    beneficiaryName: f.beneficiaryName,
    beneficiarySiret: f.beneficiarySiret,
    purpose: f.purpose,
    decisionReference: f.decisionReference,
    conventionOn: f.conventionOn,
    amount: f.amount,
    nature: f.nature,
    paymentTerms: f.paymentTerms,
    paymentTermsNote: f.paymentTermsNote,
    share: f.share,
    euNotified: f.euNotified,
    raeId: f.raeId,
  });
  const field = bindFields<keyof TextInputs>(inputs, setInputs, id, error);
  const euError = error?.fieldErrors["euNotified"];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = (name: keyof TextInputs) => inputs[name].trim() === "" && messages.errors.required;
    const share = parseSharePercent(inputs.share);
    const found = clientErrors({
      funderName: required("funderName"),
      funderSiret: required("funderSiret"),
      beneficiaryName: required("beneficiaryName"),
      beneficiarySiret: required("beneficiarySiret"),
      purpose: required("purpose"),
      conventionOn: required("conventionOn"),
      amount: required("amount"),
      share: Number.isNaN(share) && f.shareInvalid,
    });
    const values: GrantValues = {
      fundingLineId: inputs.fundingLineId === "" ? null : inputs.fundingLineId,
      funderName: inputs.funderName.trim(),
      funderSiret: inputs.funderSiret.trim(),
      beneficiaryName: inputs.beneficiaryName.trim(),
      beneficiarySiret: inputs.beneficiarySiret.trim(),
      purpose: inputs.purpose.trim(),
      decisionReference: inputs.decisionReference.trim(),
      conventionOn: inputs.conventionOn,
      amount: inputs.amount.trim(),
      nature: inputs.nature as GrantValues["nature"],
      paymentTerms: inputs.paymentTerms as GrantValues["paymentTerms"],
      paymentTermsNote: inputs.paymentTermsNote.trim(),
      share,
      euNotified,
      raeId: inputs.raeId.trim(),
    };
    void send("send", found, async () => {
      await onSend(values);
      if (resetOnSuccess) {
        setInputs(inputsOf(undefined));
        setEuNotified(false);
      }
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      {lines.length > 0 && (
        <SelectField label={f.fundingLineId} {...field("fundingLineId")}>
          <option value="">{f.fundingLineNone}</option>
          {lines.map((line) => (
            <option key={line.id} value={line.id}>
              {line.funderName} ({t.funderKind[line.funderKind]})
            </option>
          ))}
        </SelectField>
      )}
      <div className="field-row">
        <TextField label={f.funderName} required hint={f.funderNameHint} autoComplete="off" {...field("funderName")} />
        <TextField
          label={f.funderSiret}
          required
          hint={f.siretHint}
          inputMode="numeric"
          autoComplete="off"
          {...field("funderSiret")}
        />
      </div>
      <div className="field-row">
        <TextField label={f.beneficiaryName} required autoComplete="off" {...field("beneficiaryName")} />
        <TextField
          label={f.beneficiarySiret}
          required
          hint={f.siretHint}
          inputMode="numeric"
          autoComplete="off"
          {...field("beneficiarySiret")}
        />
      </div>
      <TextAreaField label={f.purpose} required rows={2} hint={f.purposeHint} {...field("purpose")} />
      <div className="field-row">
        <TextField label={f.decisionReference} hint={f.decisionReferenceHint} {...field("decisionReference")} />
        <DateField label={f.conventionOn} required hint={messages.common.dateHint} {...field("conventionOn")} />
      </div>
      <div className="field-row">
        <TextField label={f.amount} required hint={t.lineForm.amountHint} inputMode="decimal" {...field("amount")} />
        <TextField label={f.share} required hint={f.shareHint} inputMode="decimal" {...field("share")} />
      </div>
      <div className="field-row">
        <SelectField label={f.nature} required {...field("nature")}>
          <Options values={grantNatures} labels={t.nature} />
        </SelectField>
        <SelectField label={f.paymentTerms} required {...field("paymentTerms")}>
          <Options values={grantPaymentTerms} labels={t.paymentTerms} />
        </SelectField>
      </div>
      <TextField
        label={f.paymentTermsNote}
        required={inputs.paymentTerms === "other"}
        hint={f.paymentTermsNoteHint}
        {...field("paymentTermsNote")}
      />
      <TextField label={f.raeId} hint={f.raeIdHint} inputMode="numeric" {...field("raeId")} />
      <div className={euError ? "field field--invalid" : "field"}>
        <FieldErrorMessage id={id("euNotified")} error={euError} />
        <div className="checkbox">
          <input
            id={id("euNotified")}
            name={id("euNotified")}
            type="checkbox"
            checked={euNotified}
            aria-invalid={euError ? true : undefined}
            aria-describedby={euError ? `${id("euNotified")}-error` : undefined}
            onChange={(e) => setEuNotified(e.target.checked)}
          />
          <label htmlFor={id("euNotified")}>{f.euNotified}</label>
        </div>
      </div>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
