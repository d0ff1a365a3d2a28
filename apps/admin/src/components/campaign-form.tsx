import { useMemo, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { Commune } from "../lib/api-types";
import { groupByTerritory } from "../lib/campaigns";
import { bindFields, clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import { isComputed, type Indicator } from "../lib/indicators";
import { messages } from "../messages.fr";
import { ErrorSummary } from "./error-summary";
import { DateField, FieldErrorMessage, FieldHint, SelectField, TextAreaField, TextField } from "./form-field";
import { SubmitButton } from "./submit-button";

const f = messages.campaigns.form;

type TextName = "programmeId" | "name" | "instructions" | "periodStart" | "periodEnd" | "deadline";
type TextInputs = Record<TextName, string>;

/** What the form edits: the texts as typed (names and instructions trimmed when sent) and the choices. */
export interface CampaignValues extends TextInputs {
  indicatorIds: string[];
  communeCodes: string[];
}

const empty: CampaignValues = {
  programmeId: "",
  name: "",
  instructions: "",
  periodStart: "",
  periodEnd: "",
  deadline: "",
  indicatorIds: [],
  communeCodes: [],
};

/** Describes a checkbox group: its hint and error, as text-field helpers do for one control. */
function groupDescription(fieldId: string, error: string | undefined): string {
  return error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`;
}

function IndicatorChoice({
  fieldId,
  indicators,
  selected,
  onChange,
  error,
}: {
  fieldId: string;
  indicators: readonly Indicator[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error: string | undefined;
}) {
  // Computed indicators are not collected; one already in the campaign stays offered, to be removed.
  const offered = indicators.filter((indicator) => !isComputed(indicator) || selected.includes(indicator.id));
  return (
    <fieldset
      className={error ? "field fieldset field--invalid" : "field fieldset"}
      aria-describedby={groupDescription(fieldId, error)}
    >
      <legend className="field-label">
        {f.indicators}
        <span className="field-required"> {messages.common.required}</span>
      </legend>
      <FieldHint id={fieldId} hint={f.indicatorsHint} />
      <FieldErrorMessage id={fieldId} error={error} />
      <p className="picker-selection" aria-live="polite">
        {f.indicatorsChosen(selected.length)}
      </p>
      {offered.length === 0 ? (
        <p>{f.noIndicators}</p>
      ) : (
        <ul className="checkbox-list checkbox-list--tall">
          {offered.map((indicator, index) => {
            // The first box carries the group's id: the error summary's link lands there.
            const boxId = index === 0 ? fieldId : `${fieldId}-${indicator.id}`;
            return (
              <li key={indicator.id} className="checkbox">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={selected.includes(indicator.id)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) =>
                    onChange(
                      e.target.checked ? [...selected, indicator.id] : selected.filter((i) => i !== indicator.id),
                    )
                  }
                />
                <label htmlFor={boxId}>
                  {indicator.name}{" "}
                  <span className="muted">
                    {f.indicatorDetail(indicator.unit, messages.campaigns.frequency[indicator.frequency])}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function CommuneChoice({
  fieldId,
  communes,
  selected,
  onChange,
  error,
}: {
  fieldId: string;
  communes: readonly Commune[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error: string | undefined;
}) {
  const groups = useMemo(() => groupByTerritory(communes), [communes]);
  const firstCode = groups[0]?.communes[0]?.inseeCode;
  const chosen = new Set(selected);

  function toggleGroup(codes: string[], check: boolean) {
    const rest = selected.filter((code) => !codes.includes(code));
    onChange(check ? [...rest, ...codes] : rest);
  }

  return (
    <fieldset
      className={error ? "field fieldset field--invalid" : "field fieldset"}
      aria-describedby={groupDescription(fieldId, error)}
    >
      <legend className="field-label">
        {f.communes}
        <span className="field-required"> {messages.common.required}</span>
      </legend>
      <FieldHint id={fieldId} hint={f.communesHint} />
      <FieldErrorMessage id={fieldId} error={error} />
      <p className="picker-selection" aria-live="polite">
        {f.communesChosen(selected.length)}
      </p>
      <div className="commune-groups">
        {groups.map((group) => {
          const codes = group.communes.map((c) => c.inseeCode);
          const all = codes.every((code) => chosen.has(code));
          const groupName = group.name ?? f.noTerritory;
          return (
            <fieldset key={group.key} className="commune-group">
              <legend className="commune-group__legend">
                {groupName}{" "}
                <span className="muted">{f.groupCount(codes.filter((c) => chosen.has(c)).length, codes.length)}</span>
              </legend>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => toggleGroup(codes, !all)}
              >
                {all ? f.uncheckAll : f.checkAll}
                <span className="visually-hidden"> {f.groupSuffix(groupName)}</span>
              </button>
              <ul className="checkbox-columns">
                {group.communes.map((commune) => {
                  const boxId = commune.inseeCode === firstCode ? fieldId : `${fieldId}-${commune.inseeCode}`;
                  return (
                    <li key={commune.inseeCode} className="checkbox">
                      <input
                        id={boxId}
                        type="checkbox"
                        checked={chosen.has(commune.inseeCode)}
                        aria-invalid={error ? true : undefined}
                        onChange={(e) =>
                          onChange(
                            e.target.checked
                              ? [...selected, commune.inseeCode]
                              : selected.filter((code) => code !== commune.inseeCode),
                          )
                        }
                      />
                      <label htmlFor={boxId}>{commune.name}</label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A campaign's fields, to create one or to change one. Without `initial` it creates: the
 * programme is chosen here. With it, the form starts from the stored campaign and the programme
 * is only shown (a campaign stays in its programme). The page sends (`onSend`); the form checks
 * what it can first and shows either's errors in its summary and at the fields.
 */
export function CampaignForm({
  idPrefix,
  programmes,
  indicators,
  communes,
  initial,
  submitLabel,
  cancel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  /** The programmes to choose from when creating; when editing, the campaign's own (for its name). */
  programmes: readonly { id: string; name: string }[];
  indicators: readonly Indicator[];
  communes: readonly Commune[];
  initial?: CampaignValues;
  submitLabel: string;
  cancel: { to: string; label: string };
  /** Receives the values with the name and instructions trimmed. */
  onSend: (values: CampaignValues) => Promise<void>;
  onReload?: () => void;
}) {
  const editing = initial !== undefined;
  const start = initial ?? empty;
  const { id, summary } = formFields(idPrefix, {
    programmeId: f.programme,
    name: f.name,
    instructions: f.instructions,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    deadline: f.deadline,
    indicatorIds: f.indicators,
    communeCodes: f.communes,
  });
  const [inputs, setInputs] = useState<TextInputs>({
    programmeId: start.programmeId,
    name: start.name,
    instructions: start.instructions,
    periodStart: start.periodStart,
    periodEnd: start.periodEnd,
    deadline: start.deadline,
  });
  const [indicatorIds, setIndicatorIds] = useState<string[]>(start.indicatorIds);
  const [communeCodes, setCommuneCodes] = useState<string[]>(start.communeCodes);
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, (name: TextName) => id(name), error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { periodStart, periodEnd, deadline } = inputs;
    const found = clientErrors({
      programmeId: !editing && inputs.programmeId === "" && f.programmeRequired,
      name: inputs.name.trim() === "" && messages.errors.required,
      periodStart: periodStart === "" && messages.errors.required,
      periodEnd:
        periodEnd === "" ? messages.errors.required : periodStart !== "" && periodEnd < periodStart && f.endBeforeStart,
      deadline:
        deadline === ""
          ? messages.errors.required
          : periodStart !== "" && deadline < periodStart && f.deadlineBeforeStart,
      indicatorIds: indicatorIds.length === 0 && f.indicatorsRequired,
      communeCodes: communeCodes.length === 0 && f.communesRequired,
    });
    void send("send", found, () =>
      onSend({
        ...inputs,
        name: inputs.name.trim(),
        instructions: inputs.instructions.trim(),
        indicatorIds,
        communeCodes,
      }),
    );
  }

  const programmeName = programmes.find((programme) => programme.id === inputs.programmeId)?.name;

  return (
    <form className="form campaign-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      {editing ? (
        <div className="field">
          <p className="field-label">{f.programme}</p>
          <FieldHint id={id("programmeId")} hint={f.programmeFixed} />
          <p id={id("programmeId")}>{programmeName ?? messages.common.notSet}</p>
        </div>
      ) : (
        <SelectField label={f.programme} required {...field("programmeId")}>
          <option value="">{f.programmeChoose}</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField label={f.name} hint={f.nameHint} required maxLength={200} {...field("name")} />
      <TextAreaField label={f.instructions} hint={f.instructionsHint} rows={5} {...field("instructions")} />
      <div className="field-row">
        <DateField label={f.periodStart} hint={messages.common.dateHint} required {...field("periodStart")} />
        <DateField label={f.periodEnd} hint={messages.common.dateHint} required {...field("periodEnd")} />
      </div>
      <DateField label={f.deadline} hint={f.deadlineHint} required {...field("deadline")} />
      <IndicatorChoice
        fieldId={id("indicatorIds")}
        indicators={indicators}
        selected={indicatorIds}
        onChange={setIndicatorIds}
        error={fieldMessage(error, "indicatorIds")}
      />
      <CommuneChoice
        fieldId={id("communeCodes")}
        communes={communes}
        selected={communeCodes}
        onChange={setCommuneCodes}
        error={fieldMessage(error, "communeCodes")}
      />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
        <Link to={cancel.to}>{cancel.label}</Link>
      </div>
    </form>
  );
}
