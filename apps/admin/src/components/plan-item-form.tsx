import { useState, type FormEvent } from "react";
import type { Outputs } from "../lib/api-types";
import { bindFields, clientErrors, fieldMessage, formFields, optionalDate, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, FieldErrorMessage, FieldHint, Options, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const t = messages.plan;
const f = t.form;

export type PlanItem = Outputs["plan"]["list"]["items"][number];
type Kind = PlanItem["kind"];
type Status = PlanItem["status"];

/** What the form writes of an item, as the API takes it. */
export interface PlanItemValues {
  kind: Kind;
  title: string;
  description: string;
  owner: string;
  startsOn: string | null;
  dueOn: string;
  progress: number;
  status: Status;
  completedOn: string | null;
  dependsOnIds: string[];
}

/** A new item as the API would create it from its required fields alone. */
export const newPlanItem: PlanItemValues = {
  kind: "action",
  title: "",
  description: "",
  owner: "",
  startsOn: null,
  dueOn: "",
  progress: 0,
  status: "planned",
  completedOn: null,
  dependsOnIds: [],
};

const kinds: readonly Kind[] = ["action", "milestone"];
const statuses: readonly Status[] = ["planned", "in_progress", "done", "cancelled"];

export function planItemValues(item: PlanItem): PlanItemValues {
  const { kind, title, description, owner, startsOn, dueOn, progress, status, completedOn, dependsOnIds } = item;
  return { kind, title, description, owner, startsOn, dueOn, progress, status, completedOn, dependsOnIds };
}

const sameIds = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * Only what differs from `before`: an edit sends what the person changed, and a new item what
 * differs from the defaults, so the API derives the rest (marking an item done sets 100 %).
 */
export function changedPlanFields(before: PlanItemValues, after: PlanItemValues): Partial<PlanItemValues> {
  const changed: Partial<PlanItemValues> = {};
  for (const key of Object.keys(after) as (keyof PlanItemValues)[]) {
    const same = key === "dependsOnIds" ? sameIds(before.dependsOnIds, after.dependsOnIds) : before[key] === after[key];
    if (!same) Object.assign(changed, { [key]: after[key] });
  }
  return changed;
}

interface PlanItemFormProps {
  /** Prefix of the fields' ids: the add and edit forms are on one page. */
  idPrefix: string;
  initial: PlanItemValues;
  /** The other items of the plan, which this one may depend on. */
  candidates: readonly { id: string; title: string }[];
  submitLabel: string;
  /** Sends the form; rejects with the API's error, which the form then shows. */
  onSend: (values: PlanItemValues) => Promise<void>;
  onReload?: (() => void) | undefined;
  /** Empties the form after a successful send (adding several items in a row). */
  resetOnSuccess?: boolean;
}

/** An action's or a milestone's fields and their checks: the same to add an item and to edit one. */
export function PlanItemForm({
  idPrefix,
  initial,
  candidates,
  submitLabel,
  onSend,
  onReload,
  resetOnSuccess = false,
}: PlanItemFormProps) {
  const toInputs = (values: PlanItemValues) => ({
    kind: values.kind as string,
    title: values.title,
    description: values.description,
    owner: values.owner,
    startsOn: values.startsOn ?? "",
    dueOn: values.dueOn,
    progress: String(values.progress),
    status: values.status as string,
    completedOn: values.completedOn ?? "",
  });
  const [inputs, setInputs] = useState(() => toInputs(initial));
  const [dependsOnIds, setDependsOnIds] = useState<string[]>(initial.dependsOnIds);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    kind: f.kind,
    title: f.title,
    owner: f.owner,
    startsOn: f.startsOn,
    dueOn: f.dueOn,
    progress: f.progress,
    status: f.status,
    completedOn: f.completedOn,
    dependsOnIds: f.dependsOn,
    description: f.description,
  });
  const field = bindFields<keyof typeof inputs>(inputs, setInputs, id, error);
  const milestone = inputs.kind === "milestone";
  const dependenciesError = fieldMessage(error, "dependsOnIds");
  const dependenciesDescribedBy = [
    `${id("dependsOnIds")}-hint`,
    dependenciesError ? `${id("dependsOnIds")}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const progress = inputs.progress.trim();
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      dueOn: inputs.dueOn === "" && messages.errors.required,
      progress: !(/^\d{1,3}$/.test(progress) && Number(progress) <= 100) && f.progressInvalid,
    });
    const values: PlanItemValues = {
      kind: inputs.kind as Kind,
      title: inputs.title.trim(),
      description: inputs.description.trim(),
      owner: inputs.owner.trim(),
      // A milestone has no start: a date typed before switching to a milestone is not sent.
      startsOn: milestone ? null : optionalDate(inputs.startsOn),
      dueOn: inputs.dueOn,
      progress: Number(progress),
      status: inputs.status as Status,
      completedOn: inputs.status === "done" ? optionalDate(inputs.completedOn) : initial.completedOn,
      dependsOnIds,
    };
    void send("send", found, async () => {
      await onSend(values);
      if (resetOnSuccess) {
        setInputs(toInputs(initial));
        setDependsOnIds(initial.dependsOnIds);
      }
    });
  }

  function toggle(dependencyId: string, checked: boolean) {
    setDependsOnIds((current) =>
      checked ? [...current, dependencyId] : current.filter((existing) => existing !== dependencyId),
    );
  }

  return (
    <form className="form plan-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <div className="field-row">
        <SelectField label={f.kind} required {...field("kind")}>
          <Options values={kinds} labels={t.kind} />
        </SelectField>
        <SelectField label={f.status} {...field("status")}>
          <Options values={statuses} labels={t.status} />
        </SelectField>
      </div>
      <TextField label={f.title} required maxLength={200} {...field("title")} />
      <TextField label={f.owner} hint={f.ownerHint} maxLength={200} {...field("owner")} />
      <div className="field-row">
        {!milestone && <DateField label={f.startsOn} hint={f.startsOnHint} {...field("startsOn")} />}
        <DateField label={f.dueOn} required hint={milestone ? f.dueOnMilestone : undefined} {...field("dueOn")} />
      </div>
      <div className="field-row">
        <TextField
          label={f.progress}
          hint={f.progressHint}
          inputMode="numeric"
          className="input input--short"
          {...field("progress")}
        />
        {inputs.status === "done" && (
          <DateField label={f.completedOn} hint={f.completedOnHint} {...field("completedOn")} />
        )}
      </div>
      <fieldset
        id={id("dependsOnIds")}
        tabIndex={-1}
        className={dependenciesError ? "field fieldset field--invalid" : "field fieldset"}
        aria-describedby={dependenciesDescribedBy}
      >
        <legend className="field-label">{f.dependsOn}</legend>
        <FieldHint id={id("dependsOnIds")} hint={f.dependsOnHint} />
        <FieldErrorMessage id={id("dependsOnIds")} error={dependenciesError} />
        {candidates.length === 0 ? (
          <p className="muted">{f.dependsOnNone}</p>
        ) : (
          <ul className="checkbox-list plan-form__dependencies">
            {candidates.map((candidate) => {
              const boxId = `${id("dependsOnIds")}-${candidate.id}`;
              return (
                <li key={candidate.id} className="checkbox">
                  <input
                    id={boxId}
                    type="checkbox"
                    checked={dependsOnIds.includes(candidate.id)}
                    onChange={(event) => toggle(candidate.id, event.target.checked)}
                  />
                  <label htmlFor={boxId}>{candidate.title}</label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <TextAreaField label={f.description} rows={3} maxLength={2000} {...field("description")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
