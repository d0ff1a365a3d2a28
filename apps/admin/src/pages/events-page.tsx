import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { DateField, Options, SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import type { Outputs } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import type { UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { EventForm, eventKinds, eventStatuses, type EventKind, type EventValues } from "./event-form";

const t = messages.events;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Filter {
  from: string;
  to: string;
  kind: string;
  status: string;
  commune: string;
}

/** The filters live in the address (?du=…&type=…), so a list can be bookmarked and shared. */
function useFilter() {
  const [params, setParams] = useSearchParams();
  const date = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : "";
  };
  const kind = params.get("type") ?? "";
  const status = params.get("statut") ?? "";
  const current: Filter = {
    from: date("du"),
    to: date("au"),
    kind: (eventKinds as readonly string[]).includes(kind) ? kind : "",
    status: (eventStatuses as readonly string[]).includes(status) ? status : "",
    commune: /^\d[0-9AB]\d{3}$/.test(params.get("commune") ?? "") ? (params.get("commune") ?? "") : "",
  };
  return {
    current,
    apply(next: Filter) {
      const search = new URLSearchParams();
      if (next.from) search.set("du", next.from);
      if (next.to) search.set("au", next.to);
      if (next.kind) search.set("type", next.kind);
      if (next.status) search.set("statut", next.status);
      if (next.commune) search.set("commune", next.commune);
      setParams(search);
    },
  };
}

const filterFields = formFields("filtre-evenements", {
  from: t.filterFrom,
  to: t.filterTo,
  kind: t.filterKind,
  status: t.filterStatus,
  commune: t.filterCommune,
});

function FilterForm({ filter }: { filter: ReturnType<typeof useFilter> }) {
  const [inputs, setInputs] = useState<Filter>(filter.current);
  const [error, setError] = useState<UserError | null>(null);
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const set = (name: keyof Filter) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [name]: event.target.value }));
  const filtered = Object.values(filter.current).some((v) => v !== "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      to: inputs.from !== "" && inputs.to !== "" && inputs.to < inputs.from && t.periodReversed,
    });
    setError(found);
    if (!found) filter.apply(inputs);
  }

  return (
    <form className="filters" role="search" aria-labelledby="filtre-evenements-titre" noValidate onSubmit={onSubmit}>
      <h2 id="filtre-evenements-titre" className="filters__title">
        {t.filterTitle}
      </h2>
      <ErrorSummary error={error} fields={filterFields.summary} />
      <div className="field-row">
        <DateField
          id={filterFields.id("from")}
          label={t.filterFrom}
          value={inputs.from}
          onChange={set("from")}
          error={fieldMessage(error, "from")}
        />
        <DateField
          id={filterFields.id("to")}
          label={t.filterTo}
          value={inputs.to}
          onChange={set("to")}
          error={fieldMessage(error, "to")}
        />
      </div>
      <div className="field-row">
        <SelectField id={filterFields.id("kind")} label={t.filterKind} value={inputs.kind} onChange={set("kind")}>
          <option value="">{t.filterAll}</option>
          <Options values={eventKinds} labels={t.kinds} />
        </SelectField>
        <SelectField
          id={filterFields.id("status")}
          label={t.filterStatus}
          value={inputs.status}
          onChange={set("status")}
        >
          <option value="">{t.filterAll}</option>
          <Options values={eventStatuses} labels={t.statuses} />
        </SelectField>
        <SelectField
          id={filterFields.id("commune")}
          label={t.filterCommune}
          value={inputs.commune}
          onChange={set("commune")}
        >
          <option value="">{t.filterAllCommunes}</option>
          {(communes.data ?? []).map((c) => (
            <option key={c.inseeCode} value={c.inseeCode}>
              {communeLabel(c)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.filterSubmit}
        </button>
        {filtered && (
          <Link
            to="/evenements"
            className="button button--secondary"
            onClick={() => {
              setError(null);
              setInputs({ from: "", to: "", kind: "", status: "", commune: "" });
            }}
          >
            {t.filterReset}
          </Link>
        )}
      </div>
    </form>
  );
}

type EventItem = Outputs["events"]["list"][number];

function EventsTable({ events }: { events: EventItem[] }) {
  return (
    <DataTable
      caption={t.caption(events.length)}
      columns={[t.colTitle, t.colDate, t.colKind, t.colCommune, t.colStatus, t.colRegistered, t.colWaiting]}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <th scope="row">
            <Link to={`/evenements/${event.id}`}>{event.title}</Link>
          </th>
          <td>{formatDateTime(event.startsAt)}</td>
          <td>{t.kinds[event.kind]}</td>
          <td>{event.communeName ?? messages.common.emptyCell}</td>
          <td>{t.statuses[event.status]}</td>
          <td className="numeric">{t.registeredOf(event.confirmed, event.capacity)}</td>
          <td className="numeric">{event.waiting}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function NewEvent() {
  const navigate = useNavigate();
  const create = useMutation(trpc.events.create.mutationOptions());
  async function send(values: EventValues) {
    const event = await create.mutateAsync(values);
    await queryClient.invalidateQueries(trpc.events.list.queryFilter());
    showFlash(t.created(event.title), `/evenements/${event.id}`);
    await navigate(`/evenements/${event.id}`);
  }
  return (
    <section aria-labelledby="nouvel-evenement-titre">
      <h2 id="nouvel-evenement-titre">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <EventForm idPrefix="nouvel-evenement" event={null} submitLabel={t.newSubmit} onSend={send} />
    </section>
  );
}

export function EventsPage() {
  const filter = useFilter();
  const { from, to, kind, status, commune } = filter.current;
  const input = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kind ? { kind: kind as EventKind } : {}),
    ...(status ? { status: status as (typeof eventStatuses)[number] } : {}),
    ...(commune ? { communeInseeCode: commune } : {}),
  };
  const events = useQuery(trpc.events.list.queryOptions(input));
  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <FilterForm key={JSON.stringify(filter.current)} filter={filter} />
      <p role="status" className="result-count">
        {events.data ? (events.data.length === 0 ? t.empty : t.caption(events.data.length)) : ""}
      </p>
      <QueryBoundary query={events}>
        {(list) => (list.length === 0 ? null : <EventsTable events={list} />)}
      </QueryBoundary>
      <NewEvent />
    </>
  );
}
