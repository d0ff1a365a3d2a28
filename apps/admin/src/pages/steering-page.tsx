import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import type { Outputs } from "../lib/api-types";
import { formatDate, formatEuros } from "../lib/format";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.steering;
type Dashboard = Outputs["steering"]["dashboard"];
type CrossTable = Dashboard["projects"]["byEdition"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The filters live in the address with the same names as the export links (?programme=&edition=
 * &ept=&semaines=), so a filtered dashboard can be bookmarked and its files match the screen.
 */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const id = (key: string) => {
    const value = params.get(key);
    return value && UUID.test(value) ? value : undefined;
  };
  const ept = params.get("ept");
  const weeks = Number(params.get("semaines"));
  const input = {
    ...(id("programme") ? { programmeId: id("programme") } : {}),
    ...(id("edition") ? { editionId: id("edition") } : {}),
    ...(ept && /^\d{9}$/.test(ept) ? { territorySiren: ept } : {}),
    ...(Number.isInteger(weeks) && weeks >= 1 && weeks <= 26 ? { weeks } : {}),
  };
  const query = new URLSearchParams();
  if (input.programmeId) query.set("programme", input.programmeId);
  if (input.editionId) query.set("edition", input.editionId);
  if (input.territorySiren) query.set("ept", input.territorySiren);
  if (input.weeks) query.set("semaines", String(input.weeks));
  return {
    input,
    query: query.toString(),
    apply(next: Record<string, string>) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
      setParams(search);
    },
  };
}

function Filters({ filters, options }: { filters: ReturnType<typeof useFilters>; options: Dashboard["options"] }) {
  const [programme, setProgramme] = useState(filters.input.programmeId ?? "");
  const [edition, setEdition] = useState(filters.input.editionId ?? "");
  const [ept, setEpt] = useState(filters.input.territorySiren ?? "");
  const [weeks, setWeeks] = useState(String(filters.input.weeks ?? ""));
  const editions = options.editions.filter((e) => !programme || e.programmeId === programme);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filters.apply({ programme, edition, ept, semaines: weeks });
  }

  return (
    <form className="filters" aria-labelledby="filtres-pilotage" onSubmit={onSubmit}>
      <h2 id="filtres-pilotage" className="filters__title">
        {t.filters}
      </h2>
      <div className="field-row">
        <SelectField
          id="pilotage-programme"
          label={t.programme}
          value={programme}
          onChange={(e) => {
            setProgramme(e.target.value);
            setEdition("");
          }}
        >
          <option value="">{t.all}</option>
          {options.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="pilotage-edition"
          label={t.edition}
          value={edition}
          onChange={(e) => setEdition(e.target.value)}
        >
          <option value="">{t.all}</option>
          {editions.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="pilotage-ept" label={t.territory} value={ept} onChange={(e) => setEpt(e.target.value)}>
          <option value="">{t.all}</option>
          {options.territories.map((territory) => (
            <option key={territory.siren} value={territory.siren}>
              {territory.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="pilotage-semaines"
          label={t.weeks}
          hint={t.weeksHint}
          type="number"
          min={1}
          max={26}
          inputMode="numeric"
          value={weeks}
          onChange={(e) => setWeeks(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.apply}
        </button>
        {filters.query && (
          <Link
            to="/pilotage"
            className="button button--secondary"
            onClick={() => {
              setProgramme("");
              setEdition("");
              setEpt("");
              setWeeks("");
            }}
          >
            {t.reset}
          </Link>
        )}
      </div>
    </form>
  );
}

/** CSV links of one view, in both dialects, under the page's filters. */
function CsvLinks({ view, label, query }: { view: string; label: string; query: string }) {
  const base = `/api/steering/${view}.csv`;
  const excel = new URLSearchParams(query);
  excel.set("excel", "1");
  return (
    <p className="export-links">
      <a href={query ? `${base}?${query}` : base} download>
        {t.exportCsv(label)}
      </a>{" "}
      <a href={`${base}?${excel.toString()}`} download>
        {t.exportCsvExcel(label)}
      </a>
    </p>
  );
}

function Shown({ shown, total }: { shown: number; total: number }) {
  const text = t.shown(shown, total);
  return text ? <p>{text}</p> : null;
}

function Cross({ caption, table }: { caption: string; table: CrossTable }) {
  return (
    <DataTable caption={caption} columns={[t.status, ...table.groups, t.total]}>
      {table.rows.map((row) => (
        <tr key={row.status}>
          <th scope="row">{messages.projectStatus[row.status]}</th>
          {row.cells.map((count, i) => (
            <td key={table.groups[i]} className="number">
              {count}
            </td>
          ))}
          <td className="number">{row.total}</td>
        </tr>
      ))}
      <tr>
        <th scope="row">{t.total}</th>
        {table.totals.map((count, i) => (
          <td key={table.groups[i]} className="number">
            {count}
          </td>
        ))}
        <td className="number">{table.total}</td>
      </tr>
    </DataTable>
  );
}

function ProjectLink({ id, title }: { id: string | null; title: string | null }) {
  if (!id || !title) return <>—</>;
  return <Link to={`/projets/${id}`}>{title}</Link>;
}

function Overdue({ data }: { data: Dashboard["overdue"] }) {
  if (data.total === 0) return <p>{t.overdueEmpty}</p>;
  return (
    <>
      <Shown shown={data.rows.length} total={data.total} />
      <DataTable
        caption={t.overdueCaption(data.total)}
        columns={[t.item, t.nature, t.owner, t.due, t.late, t.project, t.commune, t.meeting]}
      >
        {data.rows.map((row) => (
          <tr key={`${row.source}-${row.id}`}>
            <th scope="row">
              {row.source === "plan-item" && row.projectId ? (
                <Link to={`/projets/${row.projectId}/plan`}>{row.title}</Link>
              ) : row.meetingId ? (
                <Link to={`/reunions/${row.meetingId}`}>{row.title}</Link>
              ) : (
                row.title
              )}
            </th>
            <td>
              {row.source === "plan-item"
                ? (messages.plan.kind[row.kind as keyof typeof messages.plan.kind] ?? row.kind)
                : t.actionItem}
            </td>
            <td>{row.owner || "—"}</td>
            <td>{formatDate(row.dueOn)}</td>
            <td>{t.daysLate(row.daysLate)}</td>
            <td>
              <ProjectLink id={row.projectId} title={row.projectTitle} />
            </td>
            <td>{row.communeName ?? "—"}</td>
            <td>{row.meetingTitle ?? "—"}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function upcomingLink(row: Dashboard["upcoming"]["rows"][number]): string | null {
  if (row.source === "meeting" || row.source === "action-item") return row.linkId ? `/reunions/${row.linkId}` : null;
  if (row.source === "mission") return row.linkId ? `/experts/${row.linkId}` : null;
  if (row.source === "instalment") return row.projectId ? `/projets/${row.projectId}/financement` : null;
  return row.projectId ? `/projets/${row.projectId}/plan` : null;
}

function Upcoming({ data, horizon }: { data: Dashboard["upcoming"]; horizon: Dashboard["horizon"] }) {
  if (data.total === 0) return <p>{t.upcomingEmpty}</p>;
  return (
    <>
      <Shown shown={data.rows.length} total={data.total} />
      <DataTable
        caption={t.upcomingCaption(formatDate(horizon.from), formatDate(horizon.to), data.total)}
        columns={[t.item, t.date, t.nature, t.project, t.commune, t.amount]}
      >
        {data.rows.map((row) => {
          const to = upcomingLink(row);
          return (
            <tr key={`${row.source}-${row.id}`}>
              <th scope="row">{to ? <Link to={to}>{row.title}</Link> : row.title}</th>
              <td>{formatDate(row.date)}</td>
              <td>{t.sources[row.source]}</td>
              <td>
                <ProjectLink id={row.projectId} title={row.projectTitle} />
              </td>
              <td>{row.communeName ?? "—"}</td>
              <td className="number">{row.amountCents === null ? "—" : formatEuros(row.amountCents / 100)}</td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}

function Budget({ data }: { data: Dashboard["budget"] }) {
  if (data.rows.length === 0) return <p>{t.budgetEmpty}</p>;
  const line = (row: Dashboard["budget"]["total"], name: string) => (
    <tr key={row.funderKind}>
      <th scope="row">{name}</th>
      <td className="number">{formatEuros(row.plannedCents / 100)}</td>
      <td className="number">{formatEuros(row.committedCents / 100)}</td>
      <td className="number">{formatEuros(row.paidCents / 100)}</td>
      <td className="number">{formatEuros((row.committedCents - row.paidCents) / 100)}</td>
      <td className="number">{t.percent(row.paidShare)}</td>
    </tr>
  );
  return (
    <DataTable caption={t.budgetCaption} columns={[t.funder, t.planned, t.committed, t.paid, t.remaining, t.paidShare]}>
      {data.rows.map((row) =>
        line(
          row,
          messages.funding.funderKind[row.funderKind as keyof typeof messages.funding.funderKind] ?? row.funderKind,
        ),
      )}
      {line(data.total, t.total)}
    </DataTable>
  );
}

function Missions({ data }: { data: Dashboard["missions"] }) {
  if (data.total === 0) return <p>{t.missionsEmpty}</p>;
  return (
    <>
      <Shown shown={data.rows.length} total={data.total} />
      <DataTable
        caption={t.missionsCaption(data.total)}
        columns={[t.mission, t.expert, t.project, t.commune, t.dates, t.days, t.missionBudget, t.missionStatus]}
      >
        {data.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.title}</th>
            <td>
              <Link to={`/experts/${row.expertId}`}>{row.expertName}</Link>
            </td>
            <td>
              <ProjectLink id={row.projectId} title={row.projectTitle} />
            </td>
            <td>{row.communeName}</td>
            <td>
              {formatDate(row.startsOn)} – {formatDate(row.endsOn)}
            </td>
            <td className="number">{row.days ?? "—"}</td>
            <td className="number">{row.budgetCents === null ? "—" : formatEuros(row.budgetCents / 100)}</td>
            <td>
              {messages.experts.missionStatus[row.status as keyof typeof messages.experts.missionStatus] ?? row.status}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** The officers' steering dashboard: every view under the same filters, each exportable. */
export function SteeringPage() {
  const filters = useFilters();
  const dashboard = useQuery(trpc.steering.dashboard.queryOptions(filters.input));
  const xlsx = `/api/steering/tableau-de-bord.xlsx${filters.query ? `?${filters.query}` : ""}`;
  return (
    <>
      <PageHeading title={t.title} ready={!dashboard.isPending} />
      <QueryBoundary query={dashboard}>
        {(data) => (
          <>
            <p>{t.intro(formatDate(data.today))}</p>
            <Filters key={filters.query} filters={filters} options={data.options} />
            <p className="export-links">
              <a href={xlsx} download>
                {t.exportAll}
              </a>
            </p>
            <section aria-labelledby="pilotage-projets">
              <h2 id="pilotage-projets">{t.projects}</h2>
              <CsvLinks view="projects" label={t.projects} query={filters.query} />
              <Cross caption={t.byEdition} table={data.projects.byEdition} />
              <Cross caption={t.byTerritory} table={data.projects.byTerritory} />
            </section>
            <section aria-labelledby="pilotage-retards">
              <h2 id="pilotage-retards">{t.overdue}</h2>
              <CsvLinks view="overdue" label={t.overdue} query={filters.query} />
              <Overdue data={data.overdue} />
            </section>
            <section aria-labelledby="pilotage-echeances">
              <h2 id="pilotage-echeances">{t.upcoming(data.horizon.weeks)}</h2>
              <CsvLinks view="upcoming" label={t.upcoming(data.horizon.weeks)} query={filters.query} />
              <Upcoming data={data.upcoming} horizon={data.horizon} />
            </section>
            <section aria-labelledby="pilotage-budget">
              <h2 id="pilotage-budget">{t.budget}</h2>
              <CsvLinks view="budget" label={t.budget} query={filters.query} />
              <Budget data={data.budget} />
            </section>
            <section aria-labelledby="pilotage-missions">
              <h2 id="pilotage-missions">{t.missions}</h2>
              <CsvLinks view="missions" label={t.missions} query={filters.query} />
              <Missions data={data.missions} />
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
