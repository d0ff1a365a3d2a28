import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { UserError } from "../lib/errors";
import { clientErrors, fieldMessage, optionalDate, useSending } from "../lib/form";
import {
  decimalInput,
  examplePeriod,
  parseDecimal,
  type Assignment,
  type IndicatorDirection,
  type IndicatorFrequency,
  type Target,
} from "../lib/indicators";
import { messages } from "../messages.fr";
import { ErrorSummary, type SummaryField } from "./error-summary";
import { DateField, FieldErrorMessage, FieldHint, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.indicators;

/** What the form writes, as the API takes it; `targets` is the whole trajectory. */
export interface AssignmentValues {
  baselineValue: number | null;
  baselineDate: string | null;
  alertThreshold: number | null;
  targets: Target[];
}

interface Row {
  key: number;
  period: string;
  value: string;
}

let nextRowKey = 0;
const newRow = (period = "", value = ""): Row => ({ key: nextRowKey++, period, value });

/** The values of a stored follow-up, to compare a form's values with. */
export function assignmentValues(assignment: Assignment): AssignmentValues {
  return {
    baselineValue: assignment.baselineValue,
    baselineDate: assignment.baselineDate,
    alertThreshold: assignment.alertThreshold,
    targets: assignment.targets,
  };
}

/** Only what changed since the form was opened: the trajectory is sent (and replaced) only when it changed. */
export function changedAssignment(before: AssignmentValues, after: AssignmentValues): Partial<AssignmentValues> {
  const changes: Partial<AssignmentValues> = {};
  if (after.baselineValue !== before.baselineValue) changes.baselineValue = after.baselineValue;
  if (after.baselineDate !== before.baselineDate) changes.baselineDate = after.baselineDate;
  if (after.alertThreshold !== before.alertThreshold) changes.alertThreshold = after.alertThreshold;
  const same =
    after.targets.length === before.targets.length &&
    after.targets.every(
      (target, i) => target.period === before.targets[i]?.period && target.value === before.targets[i]?.value,
    );
  if (!same) changes.targets = after.targets;
  return changes;
}

interface AssignmentFormProps {
  /** Prefix of the fields' ids: several follow-ups are edited on one page. */
  idPrefix: string;
  frequency: IndicatorFrequency;
  direction: IndicatorDirection;
  initial?: AssignmentValues | undefined;
  submitLabel: string;
  /** Fields the form asks for before its own (the programme and project of a new follow-up). */
  leading?: ((error: UserError | null) => ReactNode) | undefined;
  leadingFields?: Record<string, SummaryField> | undefined;
  /** Checks of the leading fields before sending, by field name. */
  checkLeading?: (() => Record<string, string | false>) | undefined;
  /** Sends the form; rejects with the API's error, which the form then shows. */
  onSend: (values: AssignmentValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/**
 * A follow-up's baseline, alert threshold and trajectory. The trajectory is an editable table of
 * (period, target) rows: a row is added or removed with a button, the focus goes to the new row
 * (or, after a removal, to the next one) and a polite live region says what happened.
 */
export function AssignmentForm({
  idPrefix,
  frequency,
  direction,
  initial,
  submitLabel,
  leading,
  leadingFields,
  checkLeading,
  onSend,
  onReload,
}: AssignmentFormProps) {
  const [baselineValue, setBaselineValue] = useState(decimalInput(initial?.baselineValue));
  const [baselineDate, setBaselineDate] = useState(initial?.baselineDate ?? "");
  const [alertThreshold, setAlertThreshold] = useState(decimalInput(initial?.alertThreshold));
  const [rows, setRows] = useState<Row[]>(() =>
    (initial?.targets ?? []).map((target) => newRow(target.period, decimalInput(target.value))),
  );
  const [announcement, setAnnouncement] = useState("");
  const focusAfterRender = useRef<string | null>(null);
  const { error, pending, send } = useSending();

  const id = (name: string) => `${idPrefix}-${name}`;
  const addId = id("targets-add");
  const periodId = (row: Row) => id(`target-${row.key}-period`);
  const valueId = (row: Row) => id(`target-${row.key}-value`);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  }, [rows]);

  function addRow() {
    const row = newRow();
    focusAfterRender.current = periodId(row);
    setRows((current) => [...current, row]);
    setAnnouncement(t.rowAdded(rows.length + 1));
  }

  function removeRow(index: number) {
    const next = rows[index + 1] ?? null;
    focusAfterRender.current = next ? periodId(next) : addId;
    setRows((current) => current.filter((_, i) => i !== index));
    setAnnouncement(t.rowRemoved(index + 1));
  }

  function updateRow(key: number, change: Partial<Row>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  // Rows left entirely blank are not targets: they are dropped, not refused.
  const filled = rows.filter((row) => row.period.trim() !== "" || row.value.trim() !== "");

  const summary: Record<string, SummaryField> = {
    ...leadingFields,
    baselineValue: { id: id("baselineValue"), label: t.baselineValue },
    baselineDate: { id: id("baselineDate"), label: t.baselineDate },
    alertThreshold: { id: id("alertThreshold"), label: t.alertThreshold },
    targets: { id: rows[0] ? periodId(rows[0]) : addId, label: t.targets },
  };
  // The API numbers the rows it was sent, that is the filled ones: its "targets.2.value" is the third filled row.
  filled.forEach((row, i) => {
    summary[`targets.${i}.period`] = { id: periodId(row), label: t.periodOfRow(rows.indexOf(row) + 1) };
    summary[`targets.${i}.value`] = { id: valueId(row), label: t.targetOfRow(rows.indexOf(row) + 1) };
  });

  function rowError(row: Row, part: "period" | "value"): string | undefined {
    const index = filled.indexOf(row);
    if (index < 0 || !error) return undefined;
    return error.fieldErrors[`targets.${index}.${part}`];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const baseline = parseDecimal(baselineValue);
    const threshold = parseDecimal(alertThreshold);
    const targets = filled.map((row) => ({ period: row.period.trim(), value: parseDecimal(row.value) }));
    const checks: Record<string, string | false> = {
      ...checkLeading?.(),
      baselineValue: Number.isNaN(baseline) && t.numberInvalid,
      alertThreshold: Number.isNaN(threshold) && t.numberInvalid,
    };
    targets.forEach((target, i) => {
      checks[`targets.${i}.period`] = target.period === "" && t.periodRequired;
      checks[`targets.${i}.value`] =
        target.value === null ? t.targetRequired : Number.isNaN(target.value) && t.numberInvalid;
    });
    void send("send", clientErrors(checks), () =>
      onSend({
        baselineValue: baseline,
        baselineDate: optionalDate(baselineDate),
        alertThreshold: threshold,
        targets: targets.map((target) => ({ period: target.period, value: target.value ?? 0 })),
      }),
    );
  }

  const targetsId = id("targets");
  const targetsError = error?.fieldErrors["targets"];
  const example = examplePeriod(frequency, new Date().getFullYear());

  return (
    <form className="form form--wide" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      {leading?.(error)}
      <div className="field-row">
        <TextField
          id={id("baselineValue")}
          label={t.baselineValue}
          hint={t.numberHint}
          inputMode="decimal"
          autoComplete="off"
          value={baselineValue}
          onChange={(e) => setBaselineValue(e.target.value)}
          error={fieldMessage(error, "baselineValue")}
        />
        <DateField
          id={id("baselineDate")}
          label={t.baselineDate}
          hint={messages.common.optionalHint}
          value={baselineDate}
          onChange={(e) => setBaselineDate(e.target.value)}
          error={fieldMessage(error, "baselineDate")}
        />
      </div>
      <TextField
        id={id("alertThreshold")}
        label={t.alertThreshold}
        hint={t.alertThresholdHint(direction === "lower_is_better")}
        inputMode="decimal"
        autoComplete="off"
        className="input input--short"
        value={alertThreshold}
        onChange={(e) => setAlertThreshold(e.target.value)}
        error={fieldMessage(error, "alertThreshold")}
      />
      <fieldset
        className={targetsError ? "field fieldset field--invalid" : "field fieldset"}
        aria-describedby={[`${targetsId}-hint`, targetsError ? `${targetsId}-error` : null].filter(Boolean).join(" ")}
      >
        <legend className="field-label">{t.targets}</legend>
        <FieldHint id={targetsId} hint={t.targetsHint(example)} />
        <FieldErrorMessage id={targetsId} error={targetsError} />
        {rows.length === 0 ? (
          <p className="muted">{t.targetsEmpty}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table table--form">
              <caption className="visually-hidden">{t.targetsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colPeriod}</th>
                  <th scope="col">{t.colTarget}</th>
                  <th scope="col">{t.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const periodError = rowError(row, "period");
                  const valueError = rowError(row, "value");
                  return (
                    <tr key={row.key}>
                      <td>
                        <label className="visually-hidden" htmlFor={periodId(row)}>
                          {t.periodOfRow(index + 1)}
                        </label>
                        <FieldErrorMessage id={periodId(row)} error={periodError} />
                        <input
                          id={periodId(row)}
                          className="input input--period"
                          autoComplete="off"
                          spellCheck={false}
                          value={row.period}
                          aria-invalid={periodError ? true : undefined}
                          aria-describedby={periodError ? `${periodId(row)}-error` : undefined}
                          onChange={(e) => updateRow(row.key, { period: e.target.value })}
                        />
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={valueId(row)}>
                          {t.targetOfRow(index + 1)}
                        </label>
                        <FieldErrorMessage id={valueId(row)} error={valueError} />
                        <input
                          id={valueId(row)}
                          className="input input--figure"
                          inputMode="decimal"
                          autoComplete="off"
                          value={row.value}
                          aria-invalid={valueError ? true : undefined}
                          aria-describedby={valueError ? `${valueId(row)}-error` : undefined}
                          onChange={(e) => updateRow(row.key, { value: e.target.value })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => removeRow(index)}
                        >
                          {t.removeRow}
                          <span className="visually-hidden">{t.removeRowOf(index + 1)}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <button id={addId} type="button" className="button button--secondary" onClick={addRow}>
          {t.addRow}
        </button>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </fieldset>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
