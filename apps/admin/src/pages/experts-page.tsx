import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { ExpertForm } from "../components/expert-form";
import { DateField, Options, SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import {
  busyReason,
  expertKinds,
  formatDailyRate,
  skillsFromText,
  type ExpertKind,
  type ExpertSearchItem,
  type ExpertValues,
} from "../lib/experts";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { formatPeriod } from "../lib/format";
import type { UserError } from "../lib/errors";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.experts;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isKind = (value: string | null): value is ExpertKind => expertKinds.includes(value as ExpertKind);

interface Search {
  skill: string;
  kind: string;
  q: string;
  availableFrom: string;
  availableTo: string;
}

/** The search lives in the address (?competence=…&du=…), so a search can be bookmarked and shared. */
function useSearch() {
  const [params, setParams] = useSearchParams();
  const date = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : "";
  };
  const kind = params.get("type");
  const current: Search = {
    skill: params.get("competence") ?? "",
    kind: isKind(kind) ? kind : "",
    q: params.get("nom") ?? "",
    availableFrom: date("du"),
    availableTo: date("au"),
  };
  return {
    current,
    apply(next: Search) {
      const search = new URLSearchParams();
      if (next.skill.trim()) search.set("competence", next.skill.trim());
      if (next.kind) search.set("type", next.kind);
      if (next.q.trim()) search.set("nom", next.q.trim());
      if (next.availableFrom) search.set("du", next.availableFrom);
      if (next.availableTo) search.set("au", next.availableTo);
      setParams(search);
    },
  };
}

const searchFields = formFields("recherche", {
  skill: t.searchSkill,
  kind: t.searchKind,
  q: t.searchName,
  availableFrom: t.searchFrom,
  availableTo: t.searchTo,
});

function SearchForm({ search }: { search: ReturnType<typeof useSearch> }) {
  const [inputs, setInputs] = useState<Search>(search.current);
  const [error, setError] = useState<UserError | null>(null);
  const set = (name: keyof Search) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [name]: event.target.value }));
  const filtered = Object.values(search.current).some((value) => value !== "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { availableFrom: from, availableTo: to } = inputs;
    const found = clientErrors({ availableTo: from !== "" && to !== "" && to < from && t.periodReversed });
    setError(found);
    if (!found) search.apply(inputs);
  }

  return (
    <form className="filters" role="search" aria-labelledby="recherche-titre" noValidate onSubmit={onSubmit}>
      <h2 id="recherche-titre" className="filters__title">
        {t.searchTitle}
      </h2>
      <ErrorSummary error={error} fields={searchFields.summary} />
      <div className="field-row">
        <TextField
          id={searchFields.id("skill")}
          label={t.searchSkill}
          hint={t.searchSkillHint}
          autoComplete="off"
          value={inputs.skill}
          onChange={set("skill")}
        />
        <SelectField id={searchFields.id("kind")} label={t.searchKind} value={inputs.kind} onChange={set("kind")}>
          <option value="">{t.searchKindAll}</option>
          <Options values={expertKinds} labels={t.kind} />
        </SelectField>
        <TextField
          id={searchFields.id("q")}
          label={t.searchName}
          autoComplete="off"
          value={inputs.q}
          onChange={set("q")}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">{t.searchPeriod}</legend>
        <p className="field-hint">{t.searchPeriodHint}</p>
        <div className="field-row">
          <DateField
            id={searchFields.id("availableFrom")}
            label={t.searchFrom}
            value={inputs.availableFrom}
            onChange={set("availableFrom")}
            error={fieldMessage(error, "availableFrom")}
          />
          <DateField
            id={searchFields.id("availableTo")}
            label={t.searchTo}
            value={inputs.availableTo}
            onChange={set("availableTo")}
            error={fieldMessage(error, "availableTo")}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.searchSubmit}
        </button>
        {filtered && (
          <Link
            to="/experts"
            className="button button--secondary"
            onClick={() => {
              setError(null);
              setInputs({ skill: "", kind: "", q: "", availableFrom: "", availableTo: "" });
            }}
          >
            {t.searchReset}
          </Link>
        )}
      </div>
    </form>
  );
}

function Availability({ expert }: { expert: ExpertSearchItem }) {
  if (expert.available) return <span className="badge badge--success">{t.available}</span>;
  return (
    <>
      <span className="badge badge--warning">{t.unavailable}</span> {busyReason(expert.busy)}
    </>
  );
}

function ResultsTable({ experts, period }: { experts: ExpertSearchItem[]; period: string | null }) {
  const columns = [t.colName, t.colKind, t.colSkills, t.colRate, ...(period ? [t.colAvailability] : [])];
  return (
    <DataTable
      caption={period ? t.resultsCaptionPeriod(experts.length, period) : t.resultsCaption(experts.length)}
      columns={columns}
    >
      {experts.map((expert) => (
        <tr key={expert.id}>
          <th scope="row">
            <Link to={`/experts/${expert.id}`}>{expert.name}</Link>
            {!expert.active && <span className="muted"> ({t.inactive})</span>}
          </th>
          <td>{t.kind[expert.kind]}</td>
          <td>{expert.skills.length === 0 ? messages.common.emptyCell : expert.skills.join(", ")}</td>
          <td className="numeric">{formatDailyRate(expert.dailyRateCents)}</td>
          {period && (
            <td>
              <Availability expert={expert} />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

function NewExpert() {
  const navigate = useNavigate();
  const create = useMutation(trpc.experts.create.mutationOptions());

  async function send({ skills, active: _active, ...values }: ExpertValues) {
    const expert = await create.mutateAsync({ ...values, skills: skillsFromText(skills) });
    await queryClient.invalidateQueries(trpc.experts.list.queryFilter());
    showFlash(t.created(expert.name), `/experts/${expert.id}`);
    await navigate(`/experts/${expert.id}`);
  }

  return (
    <section aria-labelledby="nouvel-expert-titre">
      <h2 id="nouvel-expert-titre">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <ExpertForm idPrefix="nouvel-expert" submitLabel={t.newSubmit} onSend={send} />
    </section>
  );
}

export function ExpertsPage() {
  const search = useSearch();
  const { skill, kind, q, availableFrom, availableTo } = search.current;
  // One bound alone is that day, as the API reads it.
  const from = availableFrom || availableTo;
  const to = availableTo || availableFrom;
  const input = {
    ...(skill ? { skill } : {}),
    ...(kind ? { kind: kind as ExpertKind } : {}),
    ...(q ? { q } : {}),
    ...(from ? { availableFrom: from, availableTo: to } : {}),
  };
  const experts = useQuery(trpc.experts.list.queryOptions(input));
  const period = from ? formatPeriod(from, to) : null;

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      {/* Keyed by the address: going back to another search brings its own form values. */}
      <SearchForm key={JSON.stringify(search.current)} search={search} />
      {/* Announces the new count after a search, as the table itself changes silently. */}
      <p role="status" className="result-count">
        {experts.data
          ? experts.data.length === 0
            ? t.empty
            : period
              ? t.resultsCaptionPeriod(experts.data.length, period)
              : t.resultsCaption(experts.data.length)
          : ""}
      </p>
      <QueryBoundary query={experts}>
        {(list) => (list.length === 0 ? null : <ResultsTable experts={list} period={period} />)}
      </QueryBoundary>
      <NewExpert />
    </>
  );
}
