import { useState, type FormEvent } from "react";
import { expertKinds, skillsFromText, type ExpertKind, type ExpertValues } from "../lib/experts";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.experts.form;

const emptyExpert: ExpertValues = {
  name: "",
  kind: "amo",
  siret: "",
  skills: "",
  dailyRate: "",
  rateNote: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  website: "",
  notes: "",
  active: true,
};

interface ExpertFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  /** The stored entry when editing (with the "active" choice); empty when adding one. */
  initial?: ExpertValues | undefined;
  submitLabel: string;
  /** Sends the form; rejects with the API's error, which the form then shows at its fields. */
  onSend: (values: ExpertValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/**
 * An entry of the directory: the same fields to add it or edit it. The server checks everything
 * (the SIRET's key, the e-mail, the website's scheme) and its French messages land on the fields;
 * only the name is checked here, so an empty form says so without a round trip.
 */
export function ExpertForm({ idPrefix, initial, submitLabel, onSend, onReload }: ExpertFormProps) {
  const [inputs, setInputs] = useState<Record<Exclude<keyof ExpertValues, "active">, string>>(() => {
    const { active: _active, ...texts } = initial ?? emptyExpert;
    return texts;
  });
  const [active, setActive] = useState(initial?.active ?? true);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    name: t.name,
    kind: t.kind,
    siret: t.siret,
    skills: t.skills,
    dailyRate: t.dailyRate,
    rateNote: t.rateNote,
    contactName: t.contactName,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    website: t.website,
    notes: t.notes,
    active: t.active,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({ name: inputs.name.trim() === "" && messages.errors.required });
    void send("send", found, () =>
      onSend({
        ...inputs,
        kind: inputs.kind as ExpertKind,
        name: inputs.name.trim(),
        skills: skillsFromText(inputs.skills).join(", "),
        active,
      }),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={t.name} required autoComplete="organization" {...field("name")} />
      <SelectField label={t.kind} required {...field("kind")}>
        <Options values={expertKinds} labels={messages.experts.kind} />
      </SelectField>
      <TextField
        label={t.siret}
        hint={t.siretHint}
        inputMode="numeric"
        autoComplete="off"
        className="input input--short"
        {...field("siret")}
      />
      <TextField label={t.skills} hint={t.skillsHint} autoComplete="off" {...field("skills")} />
      <div className="field-row">
        <TextField
          label={t.dailyRate}
          hint={t.dailyRateHint}
          inputMode="decimal"
          autoComplete="off"
          className="input input--short"
          {...field("dailyRate")}
        />
        <TextField label={t.rateNote} hint={t.rateNoteHint} autoComplete="off" {...field("rateNote")} />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">{t.contact}</legend>
        <TextField label={t.contactName} autoComplete="off" {...field("contactName")} />
        <div className="field-row">
          <TextField
            label={t.contactEmail}
            type="email"
            autoComplete="off"
            spellCheck={false}
            {...field("contactEmail")}
          />
          <TextField label={t.contactPhone} type="tel" autoComplete="off" {...field("contactPhone")} />
        </div>
        <TextField
          label={t.website}
          hint={t.websiteHint}
          type="url"
          autoComplete="off"
          spellCheck={false}
          {...field("website")}
        />
      </fieldset>
      <TextAreaField label={t.notes} rows={3} {...field("notes")} />
      {initial && (
        <div className="field">
          <div className="checkbox">
            <input
              id={id("active")}
              type="checkbox"
              checked={active}
              onChange={(event) => setActive(event.target.checked)}
              aria-describedby={`${id("active")}-hint`}
            />
            <label htmlFor={id("active")}>{t.active}</label>
          </div>
          <p id={`${id("active")}-hint`} className="field-hint">
            {t.activeHint}
          </p>
        </div>
      )}
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
