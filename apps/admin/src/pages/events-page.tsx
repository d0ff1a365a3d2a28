import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Options, SelectField } from "../components/form-field";
import { ListFilters, PeriodFields, reversedPeriod, useFilterForm } from "../components/list-filters";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import type { Outputs } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { showFlash } from "../lib/flash";
import { formFields } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { choiceParam, dateParam, withParams } from "../lib/search-params";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { EventForm, eventKinds, eventStatuses, type EventKind, type EventValues } from "./event-form";

const t = messages.events;
const COMMUNE = /^\d[0-9AB]\d{3}$/;

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
  const commune = params.get("commune") ?? "";
  const current: Filter = {
    from: dateParam(params, "du"),
    to: dateParam(params, "au"),
    kind: choiceParam(params, "type", eventKinds),
    status: choiceParam(params, "statut", eventStatuses),
    commune: COMMUNE.test(commune) ? commune : "",
  };
  return {
    current,
    apply(next: Filter) {
      setParams(
        withParams(new URLSearchParams(), {
          du: next.from,
          au: next.to,
          type: next.kind,
          statut: next.status,
          commune: next.commune,
        }),
      );
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
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const filters = useFilterForm({
    current: filter.current,
    apply: filter.apply,
    fields: filterFields,
    check: (inputs) => reversedPeriod(inputs, t.periodReversed),
  });

  return (
    <ListFilters
      titleId="filtre-evenements-titre"
      labels={{ title: t.filterTitle, submit: t.filterSubmit, reset: t.filterReset }}
      filters={filters}
      resetTo="/evenements"
    >
      <PeriodFields filters={filters} labels={{ from: t.filterFrom, to: t.filterTo }} />
      <div className="field-row">
        <SelectField label={t.filterKind} {...filters.field("kind")}>
          <option value="">{t.filterAll}</option>
          <Options values={eventKinds} labels={t.kinds} />
        </SelectField>
        <SelectField label={t.filterStatus} {...filters.field("status")}>
          <option value="">{t.filterAll}</option>
          <Options values={eventStatuses} labels={t.statuses} />
        </SelectField>
        <SelectField label={t.filterCommune} {...filters.field("commune")}>
          <option value="">{t.filterAllCommunes}</option>
          {(communes.data ?? []).map((c) => (
            <option key={c.inseeCode} value={c.inseeCode}>
              {communeLabel(c)}
            </option>
          ))}
        </SelectField>
      </div>
    </ListFilters>
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
