import { useState, type FormEvent } from "react";
import { bindFields, clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import type {
  Indicator,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorKind,
} from "../lib/indicators";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { FieldErrorMessage, FieldHint, Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.indicators;
const f = t.form;

const kinds = Object.keys(t.kind) as IndicatorKind[];
const directions = Object.keys(t.direction) as IndicatorDirection[];
const frequencies = Object.keys(t.frequency) as IndicatorFrequency[];
const aggregations = Object.keys(t.aggregation) as IndicatorAggregation[];

/** What the form writes besides the code, as the API takes it (the code is fixed once created). */
export type IndicatorValues = Pick<
  Indicator,
  | "name"
  | "definition"
  | "unit"
  | "kind"
  | "direction"
  | "frequency"
  | "aggregation"
  | "method"
  | "source"
  | "publicByDefault"
  | "formula"
>;

type TextInputs = {
  code: string;
  name: string;
  definition: string;
  unit: string;
  kind: string;
  direction: string;
  frequency: string;
  aggregation: string;
  method: string;
  source: string;
  formula: string;
};

function toInputs(values: IndicatorValues | undefined): TextInputs {
  return {
    code: "",
    name: values?.name ?? "",
    definition: values?.definition ?? "",
    unit: values?.unit ?? "",
    kind: values?.kind ?? "",
    direction: values?.direction ?? "",
    frequency: values?.frequency ?? "",
    aggregation: values?.aggregation ?? "",
    method: values?.method ?? "",
    source: values?.source ?? "",
    formula: values?.formula ?? "",
  };
}

interface IndicatorFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  /** The stored indicator when editing (its code is then fixed and not asked for); empty when creating one. */
  initial?: (IndicatorValues & { code: string }) | undefined;
  submitLabel: string;
  /** Sends the form (with the code typed when creating); rejects with the API's error, which the form then shows. */
  onSend: (values: IndicatorValues, code: string) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/**
 * An indicator's definition: the same fields to create one and to edit it, the code excepted,
 * which formulas and import files refer to and which therefore never changes. The formula's
 * refusals (itself, an unknown code, a cycle) come back from the API on the formula field.
 */
export function IndicatorForm({ idPrefix, initial, submitLabel, onSend, onReload }: IndicatorFormProps) {
  const [inputs, setInputs] = useState(() => toInputs(initial));
  const [publicByDefault, setPublicByDefault] = useState(initial?.publicByDefault ?? true);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    code: f.code,
    name: f.name,
    definition: f.definition,
    unit: f.unit,
    kind: f.kind,
    direction: f.direction,
    frequency: f.frequency,
    aggregation: f.aggregation,
    method: f.method,
    source: f.source,
    publicByDefault: f.publicByDefault,
    formula: f.formula,
  });
  const field = bindFields<keyof TextInputs>(inputs, setInputs, id, error);
  const creating = initial === undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = messages.errors.required;
    const found = clientErrors({
      code: creating && inputs.code.trim() === "" && required,
      name: inputs.name.trim() === "" && required,
      unit: inputs.unit.trim() === "" && required,
      kind: inputs.kind === "" && required,
      direction: inputs.direction === "" && required,
      frequency: inputs.frequency === "" && required,
      aggregation: inputs.aggregation === "" && required,
    });
    const formula = inputs.formula.trim();
    const values: IndicatorValues = {
      name: inputs.name.trim(),
      definition: inputs.definition.trim(),
      unit: inputs.unit.trim(),
      kind: inputs.kind as IndicatorKind,
      direction: inputs.direction as IndicatorDirection,
      frequency: inputs.frequency as IndicatorFrequency,
      aggregation: inputs.aggregation as IndicatorAggregation,
      method: inputs.method.trim(),
      source: inputs.source.trim(),
      publicByDefault,
      // Empty means collected: null, the value the API stores for "no formula".
      formula: formula === "" ? null : formula,
    };
    void send("send", found, () => onSend(values, initial?.code ?? inputs.code.trim()));
  }

  const publicId = id("publicByDefault");
  const publicError = fieldMessage(error, "publicByDefault");

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      {creating ? (
        <TextField
          label={f.code}
          hint={f.codeHint}
          required
          autoComplete="off"
          spellCheck={false}
          className="input input--code"
          {...field("code")}
        />
      ) : (
        <p className="muted">{t.codeFixed(initial.code)}</p>
      )}
      <TextField label={f.name} required maxLength={200} {...field("name")} />
      <TextAreaField label={f.definition} hint={f.definitionHint} rows={3} {...field("definition")} />
      <TextField label={f.unit} hint={f.unitHint} required className="input input--short" {...field("unit")} />
      <div className="field-row">
        <SelectField label={f.kind} required {...field("kind")}>
          <option value="">{f.choose}</option>
          <Options values={kinds} labels={t.kind} />
        </SelectField>
        <SelectField label={f.direction} required {...field("direction")}>
          <option value="">{f.choose}</option>
          <Options values={directions} labels={t.direction} />
        </SelectField>
      </div>
      <div className="field-row">
        <SelectField label={f.frequency} required {...field("frequency")}>
          <option value="">{f.choose}</option>
          <Options values={frequencies} labels={t.frequency} />
        </SelectField>
        <SelectField label={f.aggregation} hint={f.aggregationHint} required {...field("aggregation")}>
          <option value="">{f.choose}</option>
          <Options values={aggregations} labels={t.aggregation} />
        </SelectField>
      </div>
      <TextField
        label={f.formula}
        hint={f.formulaHint}
        autoComplete="off"
        spellCheck={false}
        className="input input--code"
        {...field("formula")}
      />
      <TextAreaField label={f.method} rows={3} {...field("method")} />
      <TextField label={f.source} {...field("source")} />
      <div className={publicError ? "field field--invalid" : "field"}>
        <FieldErrorMessage id={publicId} error={publicError} />
        <div className="checkbox">
          <input
            id={publicId}
            name={publicId}
            type="checkbox"
            checked={publicByDefault}
            aria-describedby={[`${publicId}-hint`, publicError ? `${publicId}-error` : null].filter(Boolean).join(" ")}
            aria-invalid={publicError ? true : undefined}
            onChange={(e) => setPublicByDefault(e.target.checked)}
          />
          <label htmlFor={publicId}>{f.publicByDefault}</label>
        </div>
        <FieldHint id={publicId} hint={f.publicByDefaultHint} />
      </div>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
