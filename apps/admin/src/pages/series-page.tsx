import { useQuery } from "@tanstack/react-query";
import { Component, lazy, Suspense, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryBoundary } from "../components/query-state";
import type { ChartLine } from "../components/series-chart";
import { communeLabel } from "../lib/communes";
import { formatDate, formatFigure, formatIndicatorPeriod } from "../lib/format";
import { comparePeriodTexts, type Series } from "../lib/indicators";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import "../indicators.css";

const t = messages.figures;
const INSEE = /^(?:\d{2}|2A|2B)\d{3}$/;

// Chart.js comes in its own chunk, fetched when a series is first shown.
const SeriesChart = lazy(() => import("../components/series-chart"));

/** A chunk that fails to load (a deploy under way, a lost connection) costs the chart, not the page. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p className="muted">{t.chartFailed}</p> : this.props.children;
  }
}

interface Row {
  period: string;
  programme: number | null;
  target: number | null;
  commune: number | null;
  sameTerritory: number | null;
  similarPopulation: number | null;
}

/** One row per period with a figure or a target, in time order: what the chart draws and the table lists. */
function seriesRows(series: Series): Row[] {
  const periods = new Set<string>([
    ...series.periods.map((p) => p.period),
    ...(series.assignment?.targets ?? []).map((target) => target.period),
    ...(series.commune?.points ?? []).map((p) => p.period),
  ]);
  return [...periods].sort(comparePeriodTexts).map((period) => {
    const figures = series.periods.find((p) => p.period === period);
    const point = series.commune?.points.find((p) => p.period === period);
    return {
      period,
      programme: figures?.value ?? null,
      target: figures?.target ?? series.assignment?.targets.find((x) => x.period === period)?.value ?? null,
      commune: point?.value ?? null,
      sameTerritory: point?.sameTerritoryMedian ?? null,
      similarPopulation: point?.similarPopulationMedian ?? null,
    };
  });
}

type Column = { key: Exclude<keyof Row, "period">; label: string; style: ChartLine["style"] };

function columnsOf(series: Series, rows: readonly Row[]): Column[] {
  const columns: Column[] = [
    { key: "programme", label: t.lineProgramme, style: "programme" },
    { key: "target", label: t.lineTarget, style: "target" },
  ];
  if (series.commune) {
    columns.push(
      { key: "commune", label: series.commune.name, style: "commune" },
      { key: "sameTerritory", label: t.lineTerritoryMedian, style: "territory" },
      { key: "similarPopulation", label: t.linePopulationMedian, style: "population" },
    );
  }
  // A column with no value at all (no target set, no peer) says nothing: left out of table and chart alike.
  return columns.filter((column) => column.key === "programme" || rows.some((row) => row[column.key] !== null));
}

/** "de 9,1 % (2019) à 7,8 % (2024)", from the first and last values of a line. */
function range(rows: readonly Row[], key: Column["key"], unit: string): string | null {
  const known = rows.filter((row) => row[key] !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return null;
  const at = (row: Row) => `${formatFigure(row[key], unit)} (${formatIndicatorPeriod(row.period)})`;
  return t.fromTo(at(first), at(last));
}

function chartSummary(series: Series, rows: readonly Row[]): string {
  const unit = series.indicator.unit;
  const commune = series.commune ? range(rows, "commune", unit) : null;
  return t.chartSummary({
    name: series.indicator.name,
    from: formatIndicatorPeriod(rows[0]?.period ?? ""),
    to: formatIndicatorPeriod(rows[rows.length - 1]?.period ?? ""),
    programme: range(rows, "programme", unit) ?? t.noValue,
    target: range(rows, "target", unit),
    commune: series.commune && commune ? t.communeSummary(series.commune.name, commune) : null,
  });
}

function SeriesTable({ series, rows, columns }: { series: Series; rows: readonly Row[]; columns: readonly Column[] }) {
  const unit = series.indicator.unit;
  return (
    <DataTable
      caption={t.tableCaption(series.indicator.name, unit, series.commune?.name ?? null)}
      columns={[t.colPeriod, ...columns.map((column) => column.label)]}
    >
      {rows.map((row) => (
        <tr key={row.period}>
          <th scope="row">{formatIndicatorPeriod(row.period)}</th>
          {columns.map((column) => (
            <td key={column.key} className="numeric">
              {row[column.key] === null ? messages.common.emptyCell : formatFigure(row[column.key], unit)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

function Baseline({ assignment, unit }: { assignment: Series["assignment"]; unit: string }) {
  if (!assignment || assignment.baselineValue === null) return null;
  const value = formatFigure(assignment.baselineValue, unit);
  return (
    <p>
      {t.baseline(
        assignment.baselineDate ? messages.indicators.baselineOn(value, formatDate(assignment.baselineDate)) : value,
      )}
    </p>
  );
}

function Evolution({ series }: { series: Series }) {
  const rows = useMemo(() => seriesRows(series), [series]);
  const columns = useMemo(() => columnsOf(series, rows), [series, rows]);
  // Stable arrays: the chart is drawn again only when the figures change.
  const labels = useMemo(() => rows.map((row) => formatIndicatorPeriod(row.period)), [rows]);
  const lines = useMemo<ChartLine[]>(
    () =>
      columns.map((column) => ({
        label: column.label,
        style: column.style,
        values: rows.map((row) => row[column.key]),
      })),
    [columns, rows],
  );

  if (rows.length === 0) return <p>{t.seriesEmpty}</p>;
  return (
    <div className={series.commune ? "series series--compare" : "series"}>
      <div className="series__chart">
        <ChartBoundary>
          <Suspense fallback={<Loading label={t.chartLoading} />}>
            <SeriesChart
              labels={labels}
              lines={lines}
              unit={series.indicator.unit}
              description={chartSummary(series, rows)}
            />
          </Suspense>
        </ChartBoundary>
      </div>
      <SeriesTable series={series} rows={rows} columns={columns} />
    </div>
  );
}

function CommunePickerForm({
  programmeId,
  commune,
  onApply,
}: {
  programmeId: string;
  commune: string;
  onApply: (commune: string) => void;
}) {
  const projects = useQuery(trpc.projects.list.queryOptions({ programmeId }));
  const [draft, setDraft] = useState<string | null>(null);
  // The communes of the programme's projects: the only ones the series can compare.
  const communes = useMemo(() => {
    const byCode = new Map<string, { inseeCode: string; name: string; departement: string }>();
    for (const project of projects.data ?? []) {
      byCode.set(project.communeInseeCode, {
        inseeCode: project.communeInseeCode,
        name: project.communeName,
        departement: project.departement,
      });
    }
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
  }, [projects.data]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft ?? commune);
    setDraft(null);
  }

  return (
    <form className="filters" aria-labelledby="comparer" onSubmit={onSubmit}>
      <h2 id="comparer" className="filters__title">
        {t.compare}
      </h2>
      <QueryBoundary query={projects} loadingLabel={t.communesLoading}>
        {() => (
          <>
            <SelectField
              id="serie-commune"
              label={t.commune}
              hint={t.communeHint}
              value={draft ?? commune}
              onChange={(e) => setDraft(e.target.value)}
            >
              <option value="">{t.communeNone}</option>
              {communes.map((c) => (
                <option key={c.inseeCode} value={c.inseeCode}>
                  {communeLabel(c)}
                </option>
              ))}
            </SelectField>
            <div className="form-actions">
              <button type="submit" className="button button--primary">
                {t.show}
              </button>
            </div>
          </>
        )}
      </QueryBoundary>
    </form>
  );
}

function Peers({ commune }: { commune: NonNullable<Series["commune"]> }) {
  const list = (names: readonly string[]) => (names.length === 0 ? t.peersNone : names.join(", "));
  return (
    <section aria-labelledby="pairs">
      <h2 id="pairs">{t.peers}</h2>
      <dl className="details">
        <div>
          <dt>{t.sameTerritory}</dt>
          <dd>{list(commune.sameTerritory)}</dd>
        </div>
        <div>
          <dt>{t.similarPopulation}</dt>
          <dd>{list(commune.similarPopulation)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * One indicator of a programme over every period against its targets and, with a commune
 * (?commune=93010), that commune beside its peers' medians. The chart has a table of the same
 * numbers beside it, always shown: the chart is for the eye, the table for everyone.
 */
export function SeriesPage() {
  const { programmeId = "", indicatorId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get("commune") ?? "";
  const commune = INSEE.test(asked) ? asked : "";
  const series = useQuery(
    trpc.figures.series.queryOptions(
      { programmeId, indicatorId, ...(commune ? { communeInseeCode: commune } : {}) },
      // The previous figures stay on screen while another commune's load: no blank between the two.
      { placeholderData: (previous) => previous },
    ),
  );
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: programmeId }));
  const data = series.data;
  // Only a choice made here is announced, not the page's first load (its h1 is heard then).
  const [applied, setApplied] = useState(false);

  function apply(next: string) {
    setApplied(true);
    setParams(next ? new URLSearchParams({ commune: next }) : new URLSearchParams());
  }

  return (
    <>
      <PageHeading title={data?.indicator.name ?? t.seriesFallbackTitle} ready={!series.isPending} />
      {programme.data && <p className="lead">{t.seriesProgramme(programme.data.name)}</p>}
      <p className="figure-card__links">
        <Link to={`/chiffres?programme=${programmeId}`}>{t.backToFigures}</Link>
        <Link to={`/indicateurs/${indicatorId}`}>{t.seeIndicator}</Link>
      </p>
      <CommunePickerForm programmeId={programmeId} commune={commune} onApply={apply} />
      {/* Says what the page now shows after a commune is chosen; the chart and table change silently. */}
      <p role="status" className="result-count">
        {applied && data && !series.isPlaceholderData
          ? t.tableCaption(data.indicator.name, data.indicator.unit, data.commune?.name ?? null)
          : ""}
      </p>
      <QueryBoundary query={series}>
        {(loaded) => (
          <>
            <section aria-labelledby="evolution">
              <h2 id="evolution">{t.evolution}</h2>
              <Baseline assignment={loaded.assignment} unit={loaded.indicator.unit} />
              <Evolution series={loaded} />
            </section>
            {loaded.commune && <Peers commune={loaded.commune} />}
          </>
        )}
      </QueryBoundary>
    </>
  );
}
