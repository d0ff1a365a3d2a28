import { useState, type FormEvent } from "react";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const f = messages.funding.paymentForm;

export interface PaymentValues {
  paidOn: string;
  amount: string;
  reference: string;
}

const empty: PaymentValues = { paidOn: "", amount: "", reference: "" };

/**
 * A payment made on a grant. What remains to pay is said in the amount's hint; the server checks
 * it again with the grant locked, and its refusal (with both figures) is shown at the amount.
 */
export function GrantPaymentForm({
  idPrefix,
  remaining,
  onSend,
}: {
  idPrefix: string;
  /** What remains to pay, formatted. */
  remaining: string;
  onSend: (values: PaymentValues) => Promise<void>;
}) {
  const [inputs, setInputs] = useState(empty);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, { paidOn: f.paidOn, amount: f.amount, reference: f.reference });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      paidOn: inputs.paidOn === "" && messages.errors.required,
      amount: inputs.amount.trim() === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      await onSend({ paidOn: inputs.paidOn, amount: inputs.amount.trim(), reference: inputs.reference.trim() });
      setInputs(empty);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} />
      <div className="field-row">
        <DateField label={f.paidOn} required hint={messages.common.dateHint} {...field("paidOn")} />
        <TextField label={f.amount} required hint={f.amountHint(remaining)} inputMode="decimal" {...field("amount")} />
      </div>
      <TextField label={f.reference} hint={f.referenceHint} {...field("reference")} />
      <div className="form-actions">
        <SubmitButton label={f.submit} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
