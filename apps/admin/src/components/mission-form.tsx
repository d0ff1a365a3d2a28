import { useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ProjectListItem } from "../lib/api-types";
import { missionStatuses, type MissionStatus } from "../lib/experts";
import { bindFields, clientErrors, fieldMessage, formFields, optionalDate, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.experts.missionForm;

export interface DeliverableValues {
  title: string;
  dueOn: string | null;
  deliveredOn: string | null;
}

/** A mission's fields as the form sends them: days and budget as typed (the server reads "12,5" and "8 125"). */
export interface MissionValues {
  projectId: string;
  title: string;
  scope: string;
  days: string;
  budget: string;
  startsOn: string;
  endsOn: string;
  deliverables: DeliverableValues[];
}

const emptyMission: MissionValues = {
  projectId: "",
  title: "",
  scope: "",
  days: "",
  budget: "",
  startsOn: "",
  endsOn: "",
  deliverables: [],
};

interface DeliverableRow {
  /** A key of the row itself: removing the second of three must not give the third the second's inputs. */
  key: number;
  title: string;
  dueOn: string;
  deliveredOn: string;
}

interface MissionFormProps {
  /** Prefix of the fields' ids: two forms on one page must not share ids. */
  idPrefix: string;
  /** The stored mission when editing; empty when adding one. */
  initial?: MissionValues | undefined;
  projects: readonly ProjectListItem[];
  /** Offered when adding a mission only: afterwards the status changes through its own action. */
  withStatus?: boolean;
  submitLabel: string;
  onSend: (values: MissionValues, status: MissionStatus) => Promise<void>;
  onReload?: (() => void) | undefined;
  resetOnSuccess?: boolean;
  /** A second action beside the submit button (closing an edit form). */
  secondary?: ReactNode;
}

/** A mission of an expert on a project, and what it must hand over: the same fields to add or edit it. */
export function MissionForm({
  idPrefix,
  initial,
  projects,
  withStatus,
  submitLabel,
  onSend,
  onReload,
  resetOnSuccess,
  secondary,
}: MissionFormProps) {
  const start = initial ?? emptyMission;
  const nextKey = useRef(start.deliverables.length);
  const [inputs, setInputs] = useState(() => {
    const { deliverables: _deliverables, ...texts } = start;
    return { ...texts, status: "proposed" as string };
  });
  const [deliverables, setDeliverables] = useState<DeliverableRow[]>(() =>
    start.deliverables.map((d, key) => ({
      key,
      title: d.title,
      dueOn: d.dueOn ?? "",
      deliveredOn: d.deliveredOn ?? "",
    })),
  );
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    projectId: t.project,
    title: t.title,
    scope: t.scope,
    days: t.days,
    budget: t.budget,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    status: t.status,
  });
  const deliverablesId = `${idPrefix}-deliverables`;
  const field = bindFields(inputs, setInputs, id, error);
  const deliverableId = (index: number, part: string) => `${idPrefix}-livrable-${index + 1}-${part}`;

  function setDeliverable(index: number, part: "title" | "dueOn" | "deliveredOn", value: string) {
    setDeliverables((rows) => rows.map((row, i) => (i === index ? { ...row, [part]: value } : row)));
  }

  function addDeliverable() {
    const index = deliverables.length;
    setDeliverables((rows) => [...rows, { key: nextKey.current++, title: "", dueOn: "", deliveredOn: "" }]);
    // The new row's title takes the focus, once it is in the page.
    requestAnimationFrame(() => document.getElementById(deliverableId(index, "titre"))?.focus());
  }

  function removeDeliverable(index: number) {
    setDeliverables((rows) => rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-ajouter-livrable`)?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = messages.errors.required;
    const found = clientErrors({
      projectId: inputs.projectId === "" && required,
      title: inputs.title.trim() === "" && required,
      startsOn: inputs.startsOn === "" && required,
      endsOn: inputs.endsOn === "" && required,
      ...Object.fromEntries(deliverables.map((d, i) => [`deliverables.${i}.title`, d.title.trim() === "" && required])),
    });
    const { status, ...texts } = inputs;
    const values: MissionValues = {
      ...texts,
      title: inputs.title.trim(),
      scope: inputs.scope.trim(),
      deliverables: deliverables.map((d) => ({
        title: d.title.trim(),
        dueOn: optionalDate(d.dueOn),
        deliveredOn: optionalDate(d.deliveredOn),
      })),
    };
    void send("send", found, async () => {
      await onSend(values, status as MissionStatus);
      if (resetOnSuccess) {
        const { deliverables: _deliverables, ...empty } = emptyMission;
        setInputs({ ...empty, status: "proposed" });
        setDeliverables([]);
      }
    });
  }

  const deliverablesError = error?.fieldErrors["deliverables"];
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        error={error}
        fields={{
          ...summary,
          deliverables: { id: deliverablesId, label: t.deliverables },
          // A deliverable's own field, when the error names one ("deliverables.1.title").
          ...Object.fromEntries(
            deliverables.flatMap((_, i) => [
              [`deliverables.${i}.title`, { id: deliverableId(i, "titre"), label: t.deliverableTitle(i + 1) }],
              [`deliverables.${i}.dueOn`, { id: deliverableId(i, "echeance"), label: t.deliverableDue(i + 1) }],
              [
                `deliverables.${i}.deliveredOn`,
                { id: deliverableId(i, "livre"), label: t.deliverableDelivered(i + 1) },
              ],
            ]),
          ),
        }}
        onReload={onReload}
      />
      <SelectField label={t.project} required {...field("projectId")}>
        <option value="">{t.projectChoose}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {t.projectOption(project.communeName, project.title)}
          </option>
        ))}
      </SelectField>
      <TextField label={t.title} required autoComplete="off" {...field("title")} />
      <TextAreaField label={t.scope} hint={t.scopeHint} rows={3} {...field("scope")} />
      <div className="field-row">
        <TextField
          label={t.days}
          hint={t.daysHint}
          inputMode="decimal"
          autoComplete="off"
          className="input input--short"
          {...field("days")}
        />
        <TextField
          label={t.budget}
          hint={t.budgetHint}
          inputMode="decimal"
          autoComplete="off"
          className="input input--short"
          {...field("budget")}
        />
      </div>
      <div className="field-row">
        <DateField label={t.startsOn} required {...field("startsOn")} />
        <DateField label={t.endsOn} required {...field("endsOn")} />
      </div>
      {withStatus && (
        <SelectField label={t.status} hint={t.statusHint} {...field("status")}>
          <Options values={missionStatuses} labels={messages.experts.missionStatus} />
        </SelectField>
      )}
      <fieldset
        id={deliverablesId}
        tabIndex={-1}
        className={deliverablesError ? "fieldset field--invalid" : "fieldset"}
        aria-describedby={deliverablesError ? `${deliverablesId}-error` : undefined}
      >
        <legend className="field-label">{t.deliverables}</legend>
        {deliverablesError && (
          <p id={`${deliverablesId}-error`} className="field-error">
            <strong>{messages.errors.fieldPrefix}</strong> {deliverablesError}
          </p>
        )}
        {deliverables.length === 0 && <p>{t.deliverablesEmpty}</p>}
        {deliverables.map((row, i) => (
          <div key={row.key} className="field-row">
            <TextField
              id={deliverableId(i, "titre")}
              label={t.deliverableTitle(i + 1)}
              required
              autoComplete="off"
              value={row.title}
              onChange={(e) => setDeliverable(i, "title", e.target.value)}
              error={fieldMessage(error, `deliverables.${i}.title`)}
            />
            <DateField
              id={deliverableId(i, "echeance")}
              label={t.deliverableDue(i + 1)}
              value={row.dueOn}
              onChange={(e) => setDeliverable(i, "dueOn", e.target.value)}
              error={fieldMessage(error, `deliverables.${i}.dueOn`)}
            />
            <DateField
              id={deliverableId(i, "livre")}
              label={t.deliverableDelivered(i + 1)}
              value={row.deliveredOn}
              onChange={(e) => setDeliverable(i, "deliveredOn", e.target.value)}
              error={fieldMessage(error, `deliverables.${i}.deliveredOn`)}
            />
            <div className="form-actions">
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => removeDeliverable(i)}
              >
                {t.removeDeliverable(i + 1)}
              </button>
            </div>
          </div>
        ))}
        <button
          id={`${idPrefix}-ajouter-livrable`}
          type="button"
          className="button button--small button--secondary"
          onClick={addDeliverable}
        >
          {t.addDeliverable}
        </button>
      </fieldset>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
        {secondary}
      </div>
    </form>
  );
}
