import { useState, type FormEvent } from "react";
import type { Commune, Outputs, ProjectDetail } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { bindFields, clientErrors, fieldMessage, formFields, optionalDate, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";
import { ThemePicker, unlessUnchanged } from "./theme-picker";

const t = messages.projectForm;
type Edition = Outputs["programmes"]["get"]["editions"][number];

/** What the form writes besides the commune, as the API takes it. */
export type ProjectValues = Pick<
  ProjectDetail,
  "editionId" | "title" | "summary" | "description" | "startsOn" | "endsOn" | "themes" | "perimeter"
>;

const newProject: ProjectValues = {
  editionId: null,
  title: "",
  summary: "",
  description: "",
  startsOn: null,
  endsOn: null,
  themes: [],
  perimeter: "",
};

interface ProjectFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  /** The stored project when editing; empty when creating one. */
  initial?: ProjectValues | undefined;
  /** The editions of the project's programme, one of which it may answer. */
  editions: readonly Edition[];
  /**
   * Only to create a project: its commune is chosen then, among these, and fixed afterwards
   * (the API does not change it), so an edit form has no commune field.
   */
  communes?: readonly Commune[] | undefined;
  submitLabel: string;
  /** Sends the form (with the chosen commune when creating); rejects with the API's error, which the form then shows. */
  onSend: (values: ProjectValues, communeInseeCode: string) => Promise<void>;
  onReload?: (() => void) | undefined;
}

/** A project's fields and their checks: the same whether it is being created or edited. */
export function ProjectForm({
  idPrefix,
  initial,
  editions,
  communes,
  submitLabel,
  onSend,
  onReload,
}: ProjectFormProps) {
  const [inputs, setInputs] = useState(() => {
    const values = initial ?? newProject;
    return {
      communeInseeCode: "",
      editionId: values.editionId ?? "",
      title: values.title,
      summary: values.summary,
      description: values.description,
      startsOn: values.startsOn ?? "",
      endsOn: values.endsOn ?? "",
      perimeter: values.perimeter,
    };
  });
  const initialThemes = (initial ?? newProject).themes;
  const [themes, setThemes] = useState(initialThemes);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    communeInseeCode: t.commune,
    editionId: t.edition,
    title: t.title,
    summary: t.summary,
    description: t.description,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    themes: t.themes,
    perimeter: t.perimeter,
  });
  const field = bindFields(inputs, setInputs, (name) => id(name), error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      communeInseeCode: communes !== undefined && inputs.communeInseeCode === "" && messages.errors.required,
      title: inputs.title.trim() === "" && messages.errors.required,
    });
    const values: ProjectValues = {
      editionId: inputs.editionId === "" ? null : inputs.editionId,
      title: inputs.title.trim(),
      summary: inputs.summary.trim(),
      description: inputs.description.trim(),
      startsOn: optionalDate(inputs.startsOn),
      endsOn: optionalDate(inputs.endsOn),
      themes: unlessUnchanged(themes, initialThemes),
      perimeter: inputs.perimeter.trim(),
    };
    void send("send", found, () => onSend(values, inputs.communeInseeCode));
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      {communes && (
        <SelectField label={t.commune} required {...field("communeInseeCode")}>
          <option value="">{t.communeChoose}</option>
          {communes.map((commune) => (
            <option key={commune.inseeCode} value={commune.inseeCode}>
              {communeLabel(commune)}
            </option>
          ))}
        </SelectField>
      )}
      {editions.length > 0 && (
        <SelectField label={t.edition} {...field("editionId")}>
          <option value="">{t.editionNone}</option>
          {editions.map((edition) => (
            <option key={edition.id} value={edition.id}>
              {edition.name} ({edition.year})
            </option>
          ))}
        </SelectField>
      )}
      <TextField label={t.title} required {...field("title")} />
      <TextAreaField label={t.summary} rows={3} {...field("summary")} />
      <TextAreaField label={t.description} {...field("description")} />
      <ThemePicker
        id={id("themes")}
        legend={t.themes}
        hint={t.themesHint}
        error={fieldMessage(error, "themes")}
        selected={themes}
        onChange={setThemes}
      />
      <TextAreaField label={t.perimeter} hint={t.perimeterHint} rows={2} {...field("perimeter")} />
      <div className="field-row">
        <DateField label={t.startsOn} {...field("startsOn")} />
        <DateField label={t.endsOn} {...field("endsOn")} />
      </div>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
