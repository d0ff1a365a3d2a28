import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorSummary } from "../components/error-summary";
import { DateField, FieldErrorMessage, FieldHint, SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryError } from "../components/query-state";
import { SubmitButton } from "../components/submit-button";
import type { Commune } from "../lib/api-types";
import { groupByTerritory } from "../lib/campaigns";
import { bindFields, clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import { showFlash } from "../lib/flash";
import { isComputed, type Indicator } from "../lib/indicators";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;
const f = messages.campaigns.form;

type TextInputs = Record<"programmeId" | "name" | "instructions" | "periodStart" | "periodEnd" | "deadline", string>;

const emptyInputs: TextInputs = {
  programmeId: "",
  name: "",
  instructions: "",
  periodStart: "",
  periodEnd: "",
  deadline: "",
};

const { id, summary } = formFields("nouvelle-campagne", {
  programmeId: f.programme,
  name: f.name,
  instructions: f.instructions,
  periodStart: f.periodStart,
  periodEnd: f.periodEnd,
  deadline: f.deadline,
  indicatorIds: f.indicators,
  communeCodes: f.communes,
});

/** Describes a checkbox group: its hint and error, as text-field helpers do for one control. */
function groupDescription(fieldId: string, error: string | undefined): string {
  return error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`;
}

function IndicatorChoice({
  indicators,
  selected,
  onChange,
  error,
}: {
  indicators: readonly Indicator[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error: string | undefined;
}) {
  const collected = indicators.filter((indicator) => !isComputed(indicator));
  const fieldId = id("indicatorIds");
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
      {collected.length === 0 ? (
        <p>{f.noIndicators}</p>
      ) : (
        <ul className="checkbox-list checkbox-list--tall">
          {collected.map((indicator, index) => {
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
  communes,
  selected,
  onChange,
  error,
}: {
  communes: readonly Commune[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error: string | undefined;
}) {
  const groups = useMemo(() => groupByTerritory(communes), [communes]);
  const fieldId = id("communeCodes");
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
                {groupName} <span className="muted">{f.groupCount(codes.filter((c) => chosen.has(c)).length, codes.length)}</span>
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

function NewCampaignForm({
  programmes,
  indicators,
  communes,
}: {
  programmes: readonly { id: string; name: string }[];
  indicators: readonly Indicator[];
  communes: readonly Commune[];
}) {
  const navigate = useNavigate();
  const [inputs, setInputs] = useState<TextInputs>(emptyInputs);
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [communeCodes, setCommuneCodes] = useState<string[]>([]);
  const { error, pending, send } = useSending();
  const create = useMutation(trpc.campaigns.create.mutationOptions());
  const field = bindFields(inputs, setInputs, (name: keyof TextInputs) => id(name), error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { periodStart, periodEnd, deadline } = inputs;
    const found = clientErrors({
      programmeId: inputs.programmeId === "" && f.programmeRequired,
      name: inputs.name.trim() === "" && messages.errors.required,
      periodStart: periodStart === "" && messages.errors.required,
      periodEnd: periodEnd === "" ? messages.errors.required : periodStart !== "" && periodEnd < periodStart && f.endBeforeStart,
      deadline: deadline === "" ? messages.errors.required : periodStart !== "" && deadline < periodStart && f.deadlineBeforeStart,
      indicatorIds: indicatorIds.length === 0 && f.indicatorsRequired,
      communeCodes: communeCodes.length === 0 && f.communesRequired,
    });
    void send("send", found, async () => {
      const instructions = inputs.instructions.trim();
      const campaign = await create.mutateAsync({
        programmeId: inputs.programmeId,
        name: inputs.name.trim(),
        ...(instructions ? { instructions } : {}),
        periodStart,
        periodEnd,
        deadline,
        indicatorIds,
        communeCodes,
      });
      await queryClient.invalidateQueries(trpc.campaigns.list.queryFilter());
      showFlash(t.created(campaign.name), `/campagnes/${campaign.id}`);
      await navigate(`/campagnes/${campaign.id}`);
    });
  }

  return (
    <form className="form campaign-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} />
      <SelectField label={f.programme} required {...field("programmeId")}>
        <option value="">{f.programmeChoose}</option>
        {programmes.map((programme) => (
          <option key={programme.id} value={programme.id}>
            {programme.name}
          </option>
        ))}
      </SelectField>
      <TextField label={f.name} hint={f.nameHint} required maxLength={200} {...field("name")} />
      <TextAreaField label={f.instructions} hint={f.instructionsHint} rows={5} {...field("instructions")} />
      <div className="field-row">
        <DateField label={f.periodStart} hint={messages.common.dateHint} required {...field("periodStart")} />
        <DateField label={f.periodEnd} hint={messages.common.dateHint} required {...field("periodEnd")} />
      </div>
      <DateField label={f.deadline} hint={f.deadlineHint} required {...field("deadline")} />
      <IndicatorChoice
        indicators={indicators}
        selected={indicatorIds}
        onChange={setIndicatorIds}
        error={fieldMessage(error, "indicatorIds")}
      />
      <CommuneChoice
        communes={communes}
        selected={communeCodes}
        onChange={setCommuneCodes}
        error={fieldMessage(error, "communeCodes")}
      />
      <div className="form-actions">
        <SubmitButton label={f.submit} pending={pending !== null} pendingLabel={messages.common.saving} />
        <Link to="/campagnes">{f.cancel}</Link>
      </div>
    </form>
  );
}

export function NewCampaignPage() {
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const indicators = useQuery(trpc.indicators.list.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions());
  const queries = [programmes, indicators, communes];
  const failed = queries.find((query) => query.isError);

  return (
    <>
      <PageHeading title={f.title} />
      <p>{f.intro}</p>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      ) : programmes.data && indicators.data && communes.data ? (
        <NewCampaignForm programmes={programmes.data} indicators={indicators.data} communes={communes.data} />
      ) : (
        <Loading />
      )}
    </>
  );
}
