import { useEffect, useState, type FormEvent } from "react";
import { euroAmountLabel, parseEuros } from "@cvv/domain/labels";
import { centsInput, type Grant } from "../lib/funding";
import { clientErrors, fieldMessage, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary, type SummaryField } from "./error-summary";
import { DateField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.funding;
const f = t.scheduleForm;

export interface InstalmentValues {
  dueOn: string;
  amount: string;
  label: string;
}

/** An instalment as typed: `key` keeps its inputs (and ids) when the ones before it are removed. */
interface InstalmentRow extends InstalmentValues {
  key: number;
}

let lastKey = 0;
const newRow = (values: InstalmentValues = { dueOn: "", amount: "", label: "" }): InstalmentRow => ({
  key: ++lastKey,
  ...values,
});

/**
 * A grant's whole schedule, one row per instalment, added and removed a row at a time. Sent as
 * a whole: it replaces the stored one, at the grant's version.
 */
export function GrantScheduleForm({
  idPrefix,
  grant,
  onSend,
  onReload,
}: {
  idPrefix: string;
  grant: Grant;
  onSend: (instalments: InstalmentValues[]) => Promise<void>;
  onReload: () => void;
}) {
  const [rows, setRows] = useState<InstalmentRow[]>(() =>
    grant.instalments.map((i) => newRow({ dueOn: i.dueOn, amount: centsInput(i.amountCents), label: i.label })),
  );
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const { error, pending, send } = useSending();
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  const ids = {
    add: `${idPrefix}-ajouter`,
    instalments: `${idPrefix}-echeances`,
    field: (row: InstalmentRow, name: keyof InstalmentValues) => `${idPrefix}-${row.key}-${name}`,
  };
  // The API names an instalment's fields by their index ("instalments.1.amount"): the summary links them to this row's inputs.
  const summary: Record<string, SummaryField> = { instalments: { id: ids.add, label: f.instalments } };
  rows.forEach((row, index) => {
    summary[`instalments.${index}.dueOn`] = { id: ids.field(row, "dueOn"), label: f.dueOn(index + 1) };
    summary[`instalments.${index}.amount`] = { id: ids.field(row, "amount"), label: f.amount(index + 1) };
    summary[`instalments.${index}.label`] = { id: ids.field(row, "label"), label: f.label(index + 1) };
  });
  const message = (index: number, name: keyof InstalmentValues) => fieldMessage(error, `instalments.${index}.${name}`);
  // Read as the server reads it: a typo counts for nothing until corrected.
  const total = rows.reduce((sum, row) => sum + (parseEuros(row.amount) ?? 0n), 0n);

  function update(key: number, name: keyof InstalmentValues, value: string) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [name]: value } : row)));
  }

  function add() {
    const row = newRow();
    setRows((current) => [...current, row]);
    setFocusTarget(ids.field(row, "dueOn"));
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    setRows(next);
    setFocusTarget(neighbour ? ids.field(neighbour, "dueOn") : ids.add);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors(
      Object.fromEntries(
        rows.flatMap((row, index) => [
          [`instalments.${index}.dueOn`, row.dueOn === "" && messages.errors.required],
          [`instalments.${index}.amount`, row.amount.trim() === "" && messages.errors.required],
        ]),
      ),
    );
    void send("send", found, () =>
      onSend(rows.map((row) => ({ dueOn: row.dueOn, amount: row.amount.trim(), label: row.label.trim() }))),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <p id={`${ids.instalments}-hint`}>{f.intro(euroAmountLabel(grant.amountCents))}</p>
      {rows.length === 0 && <p className="muted">{f.none}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fieldset instalment">
          <legend className="field-label">{f.instalment(index + 1)}</legend>
          <div className="field-row">
            <DateField
              id={ids.field(row, "dueOn")}
              label={f.dueOn(index + 1)}
              required
              value={row.dueOn}
              onChange={(e) => update(row.key, "dueOn", e.target.value)}
              error={message(index, "dueOn")}
            />
            <TextField
              id={ids.field(row, "amount")}
              label={f.amount(index + 1)}
              required
              inputMode="decimal"
              value={row.amount}
              onChange={(e) => update(row.key, "amount", e.target.value)}
              error={message(index, "amount")}
            />
          </div>
          <TextField
            id={ids.field(row, "label")}
            label={f.label(index + 1)}
            hint={messages.common.optionalHint}
            value={row.label}
            onChange={(e) => update(row.key, "label", e.target.value)}
            error={message(index, "label")}
          />
          <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
            {f.remove(index + 1)}
          </button>
        </fieldset>
      ))}
      <p>{f.total(euroAmountLabel(total))}</p>
      <div className="form-actions">
        <button id={ids.add} type="button" className="button button--secondary" onClick={add}>
          {f.add}
        </button>
        <SubmitButton label={f.submit} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
