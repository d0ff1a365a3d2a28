import type { ProjectTheme } from "@cvv/domain/projects";
import { useState, type FormEvent, type ReactNode } from "react";
import { bindFields, clientErrors, fieldMessage, formFields, submitterValue, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { TextAreaField, TextField } from "./form-field";
import { IntentButtons } from "./submit-button";
import { ThemePicker, unlessUnchanged } from "./theme-picker";

const f = messages.applications.form;

type TextName = "title" | "summary" | "motivation" | "perimeter" | "estimatedBudget" | "contactName" | "contactEmail";

/** What the form edits, as typed: the budget in euros as text, which the API reads ("1 200 000,50"). */
export interface ApplicationValues extends Record<TextName, string> {
  themes: ProjectTheme[];
}

export const emptyApplication: ApplicationValues = {
  title: "",
  summary: "",
  motivation: "",
  themes: [],
  perimeter: "",
  estimatedBudget: "",
  contactName: "",
  contactEmail: "",
};

/** The fields besides the content that only a new application asks for (edition, commune), with their errors. */
export interface ChoiceFields {
  render: (error: (name: "editionId" | "communeInseeCode") => string | undefined) => ReactNode;
  /** The errors found in them before sending. */
  check: () => Record<"editionId" | "communeInseeCode", string | false>;
}

export type Intent = "draft" | "submit";

interface ApplicationFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  initial?: ApplicationValues | undefined;
  choice?: ChoiceFields | undefined;
  saveLabel: string;
  submitLabel: string;
  /** Sends the form; rejects with the API's error, which the form then shows at its fields. */
  onSend: (values: ApplicationValues, intent: Intent) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/**
 * A commune's application: a draft needs only its title; submitting needs the rest but the
 * budget, which the form says at each missing field before sending (the API checks it again).
 */
export function ApplicationForm({
  idPrefix,
  initial,
  choice,
  saveLabel,
  submitLabel,
  onSend,
  onReload,
}: ApplicationFormProps) {
  const opened = initial ?? emptyApplication;
  const [inputs, setInputs] = useState<Record<TextName, string>>(() => {
    const { themes: _themes, ...texts } = opened;
    return texts;
  });
  const [themes, setThemes] = useState(opened.themes);
  const { error, pending, send } = useSending<Intent>();
  const { id, summary } = formFields(idPrefix, {
    editionId: f.edition,
    communeInseeCode: f.commune,
    title: f.title,
    summary: f.summary,
    motivation: f.motivation,
    themes: f.themes,
    perimeter: f.perimeter,
    estimatedBudget: f.estimatedBudget,
    contactName: f.contactName,
    contactEmail: f.contactEmail,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const intent: Intent = submitterValue(event) === "submit" ? "submit" : "draft";
    const submitting = intent === "submit";
    const needed = (name: "summary" | "motivation" | "perimeter" | "contactName" | "contactEmail") =>
      submitting && inputs[name].trim() === "" && f.neededToSubmit;
    const found = clientErrors({
      ...choice?.check(),
      title: inputs.title.trim() === "" && messages.errors.required,
      summary: needed("summary"),
      motivation: needed("motivation"),
      themes: submitting && themes.length === 0 && f.themeNeeded,
      perimeter: needed("perimeter"),
      contactName: needed("contactName"),
      contactEmail: needed("contactEmail"),
    });
    const values: ApplicationValues = {
      title: inputs.title.trim(),
      summary: inputs.summary.trim(),
      motivation: inputs.motivation.trim(),
      themes: unlessUnchanged(themes, opened.themes),
      perimeter: inputs.perimeter.trim(),
      estimatedBudget: inputs.estimatedBudget.trim(),
      contactName: inputs.contactName.trim(),
      contactEmail: inputs.contactEmail.trim(),
    };
    void send(intent, found, () => onSend(values, intent));
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <p>{f.intro}</p>
      {choice?.render((name) => fieldMessage(error, name))}
      <TextField label={f.title} hint={f.titleHint} required {...field("title")} />
      <TextAreaField label={f.summary} hint={f.summaryHint} rows={3} {...field("summary")} />
      <TextAreaField label={f.motivation} hint={f.motivationHint} {...field("motivation")} />
      <ThemePicker
        id={id("themes")}
        legend={f.themes}
        hint={f.themesHint}
        error={fieldMessage(error, "themes")}
        selected={themes}
        onChange={setThemes}
      />
      <TextAreaField label={f.perimeter} hint={f.perimeterHint} rows={2} {...field("perimeter")} />
      <TextField
        label={f.estimatedBudget}
        hint={f.estimatedBudgetHint}
        inputMode="decimal"
        className="input input--short"
        {...field("estimatedBudget")}
      />
      <div className="field-row">
        <TextField label={f.contactName} autoComplete="name" {...field("contactName")} />
        <TextField
          label={f.contactEmail}
          hint={f.contactEmailHint}
          type="email"
          autoComplete="email"
          {...field("contactEmail")}
        />
      </div>
      <IntentButtons
        name="intent"
        pending={pending}
        intents={[
          { value: "draft", label: saveLabel, pendingLabel: messages.common.saving, variant: "secondary" },
          { value: "submit", label: submitLabel, pendingLabel: messages.common.sending },
        ]}
      />
    </form>
  );
}

/**
 * What changed since the form was opened, as the API's update takes it: only those fields, the
 * budget as euros or null when emptied. An edit never writes back what it did not touch.
 */
export function changedApplicationFields(before: ApplicationValues, after: ApplicationValues) {
  const changes: Partial<Omit<ApplicationValues, "estimatedBudget">> & { estimatedBudget?: string | null } = {};
  for (const key of Object.keys(after) as (keyof ApplicationValues)[]) {
    if (after[key] === before[key]) continue;
    if (key === "estimatedBudget")
      changes.estimatedBudget = after.estimatedBudget === "" ? null : after.estimatedBudget;
    else if (key === "themes") changes.themes = after.themes;
    else changes[key] = after[key];
  }
  return changes;
}
