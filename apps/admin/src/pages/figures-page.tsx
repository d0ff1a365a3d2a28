import { skipToken, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { DataTable } from "../components/data-table";
import { SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import type { Outputs } from "../lib/api-types";
import { formatFigure, formatIndicatorPeriod } from "../lib/format";
import type { GroupFigure, IndicatorFigures, PeriodFigures } from "../lib/indicators";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import "../indicators.css";

const t = messages.figures;
type ProgrammeItem = Outputs["programmes"]["list"][number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECENT_YEARS = 10;

/** The programme shown when none is asked for: the first one under way, or else the first one. */
function defaultProgramme(programmes: readonly ProgrammeItem[]): string {
  return (programmes.find((p) => p.status === "active") ?? programmes[0])?.id ?? "";
}

/** This year and the nine before, and the year shown if it lies outside them. */
function recentYears(shown: number | null): number[] {
  const top = Math.max(new Date().getFullYear(), shown ?? 0);
  const years = Array.from({ length: RECENT_YEARS }, (_, i) => top - i);
  if (shown !== null && !years.includes(shown)) years.push(shown);
  return years;
}

/** The programme and year live in the address (?programme=…&annee=…): a view can be bookmarked and shared. */
function useSelection(programmes: readonly ProgrammeItem[] | undefined) {
  const [params, setParams] = useSearchParams();
  const asked = params.get("programme");
  const programmeId =
    asked && UUID.test(asked) && (programmes ?? []).some((p) => p.id === asked)
      ? asked
      : defaultProgramme(programmes ?? []);
  const yearText = params.get("annee");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  return {
    programmeId,
    year,
    apply(next: { programmeId: string; year: string }) {
      setParams(new URLSearchParams({ programme: next.programmeId, annee: next.year }));
    },
  };
}

function Picker({
  programmes,
  programmeId,
  year,
  onApply,
}: {
  programmes: readonly ProgrammeItem[];
  programmeId: string;
  year: number | null;
  onApply: (next: { programmeId: string; year: string }) => void;
}) {
  // What the person picked, not yet shown; until they pick, the selects follow what is shown.
  const [draftProgramme, setDraftProgramme] = useState<string | null>(null);
  const [draftYear, setDraftYear] = useState<string | null>(null);
  const shownYear = year ?? new Date().getFullYear();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ programmeId: draftProgramme ?? programmeId, year: draftYear ?? String(shownYear) });
    // What is shown is now what was picked: the selects follow it again.
    setDraftProgramme(null);
    setDraftYear(null);
  }

  return (
    <form className="filters" aria-labelledby="choix-chiffres" onSubmit={onSubmit}>
      <h2 id="choix-chiffres" className="filters__title">
        {t.choose}
      </h2>
      <div className="field-row">
        <SelectField
          id="chiffres-programme"
          label={t.programme}
          value={draftProgramme ?? programmeId}
          onChange={(e) => setDraftProgramme(e.target.value)}
        >
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name} ({messages.programmeStatus[programme.status]})
            </option>
          ))}
        </SelectField>
        <SelectField
          id="chiffres-annee"
          label={t.year}
          value={draftYear ?? String(shownYear)}
          onChange={(e) => setDraftYear(e.target.value)}
        >
          {recentYears(shownYear).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.show}
        </button>
      </div>
    </form>
  );
}

function TargetBadge({ meets }: { meets: boolean | null }) {
  if (meets === null) return null;
  return (
    <span className={meets ? "badge badge--success" : "badge badge--warning"}>
      {meets ? t.meetsTarget : t.missesTarget}
    </span>
  );
}

function AlertBadge() {
  return (
    <span className="badge badge--alert">
      <span aria-hidden="true">⚠ </span>
      {t.alert}
    </span>
  );
}

function GroupTable({
  caption,
  column,
  groups,
  unit,
}: {
  caption: string;
  column: string;
  groups: readonly GroupFigure[];
  unit: string;
}) {
  if (groups.length === 0) return null;
  return (
    <DataTable caption={caption} columns={[column, t.colGroupValue, t.colCommunes]}>
      {groups.map((group) => (
        <tr key={group.key}>
          <th scope="row">{group.label}</th>
          <td className="numeric">{formatFigure(group.value, unit)}</td>
          <td className="numeric">{group.communes}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Several periods in the year (quarters, months): each with its target and whether it set off the alert. */
function PeriodsTable({ figures, year }: { figures: IndicatorFigures; year: number }) {
  const { indicator, periods } = figures;
  return (
    <DataTable
      caption={t.periodsCaption(indicator.name, year)}
      columns={[t.colPeriod, t.colValue, t.colTarget, t.colSituation]}
    >
      {periods.map((period) => (
        <tr key={period.period}>
          <th scope="row">{formatIndicatorPeriod(period.period)}</th>
          <td className="numeric">{formatFigure(period.value, indicator.unit)}</td>
          <td className="numeric">
            {period.target === null ? messages.common.emptyCell : formatFigure(period.target, indicator.unit)}
          </td>
          <td>
            <span className="badges">
              <TargetBadge meets={period.meetsTarget} />
              {period.alert && <AlertBadge />}
              {period.meetsTarget === null && !period.alert && messages.common.emptyCell}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * The figure by EPT, département and edition, asked for when the disclosure opens: the dashboard
 * itself carries one figure per indicator, which keeps it fast with hundreds of indicators.
 */
function Breakdown({
  programmeId,
  indicator,
  period,
  year,
}: {
  programmeId: string;
  indicator: IndicatorFigures["indicator"];
  period: string;
  year: number;
}) {
  const [open, setOpen] = useState(false);
  const breakdown = useQuery(
    trpc.figures.breakdown.queryOptions(open ? { programmeId, indicatorId: indicator.id, year } : skipToken),
  );
  const figures = breakdown.data?.periods.find((p) => p.period === period);
  const unit = indicator.unit;
  return (
    <details className="figure-card__breakdown" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.breakdown}</summary>
      {open && breakdown.isPending && <p role="status">{t.breakdownLoading}</p>}
      {breakdown.isError && <p className="notice notice-error">{t.breakdownError}</p>}
      {figures && (
        <>
          <GroupTable
            caption={t.byTerritoryCaption(indicator.name, formatIndicatorPeriod(period))}
            column={t.colTerritory}
            groups={figures.byTerritory}
            unit={unit}
          />
          <GroupTable
            caption={t.byDepartementCaption(indicator.name, formatIndicatorPeriod(period))}
            column={t.colDepartement}
            groups={figures.byDepartement}
            unit={unit}
          />
          <GroupTable
            caption={t.byEditionCaption(indicator.name, formatIndicatorPeriod(period))}
            column={t.colEdition}
            groups={figures.byEdition}
            unit={unit}
          />
          {figures.byTerritory.length + figures.byDepartement.length + figures.byEdition.length === 0 && (
            <p>{t.groupsEmpty}</p>
          )}
        </>
      )}
    </details>
  );
}

/** The latest period of the year that has a figure, or else the latest one. */
function latestPeriod(periods: readonly PeriodFigures[]): PeriodFigures | undefined {
  return [...periods].reverse().find((p) => p.value !== null) ?? periods[periods.length - 1];
}

function IndicatorCard({
  figures,
  year,
  programmeId,
}: {
  figures: IndicatorFigures;
  year: number;
  programmeId: string;
}) {
  const { indicator, assignment, periods } = figures;
  const latest = latestPeriod(periods);
  const unit = indicator.unit;
  const titleId = `chiffre-${indicator.id}`;
  return (
    <li className="card figure-card">
      <h3 id={titleId} className="card__title">
        {indicator.name}
      </h3>
      <p className="card__meta">
        {messages.indicators.kind[indicator.kind]} · {messages.indicators.frequency[indicator.frequency]} ·{" "}
        {messages.indicators.aggregation[indicator.aggregation]}
      </p>
      {latest ? (
        <>
          {latest.alert && (
            <p>
              <AlertBadge />
            </p>
          )}
          <dl className="figure-card__figures">
            <div>
              <dt>{t.programmeFigure(formatIndicatorPeriod(latest.period))}</dt>
              <dd>
                <span className="figure-card__value">{formatFigure(latest.value, unit)}</span>{" "}
                {latest.value !== null && <span className="muted">({t.communes(latest.communes)})</span>}
              </dd>
            </div>
            <div>
              <dt>{t.target}</dt>
              <dd>
                {latest.target === null ? t.noTarget : formatFigure(latest.target, unit)}{" "}
                <TargetBadge meets={latest.meetsTarget} />
              </dd>
            </div>
            {assignment && assignment.alertThreshold !== null && (
              <div>
                <dt>{t.alertThreshold}</dt>
                <dd>{formatFigure(assignment.alertThreshold, unit)}</dd>
              </div>
            )}
          </dl>
          {periods.length > 1 && <PeriodsTable figures={figures} year={year} />}
          {latest.value !== null && (
            <Breakdown programmeId={programmeId} indicator={indicator} period={latest.period} year={year} />
          )}
        </>
      ) : (
        <p>{t.noValueInYear(year)}</p>
      )}
      <p className="figure-card__links">
        <Link to={`/chiffres/${programmeId}/indicateurs/${indicator.id}`}>
          {t.seeSeries}
          <span className="visually-hidden">{t.seeSeriesOf(indicator.name)}</span>
        </Link>
        <Link to={`/indicateurs/${indicator.id}`}>
          {t.seeIndicator}
          <span className="visually-hidden">{t.seeSeriesOf(indicator.name)}</span>
        </Link>
      </p>
    </li>
  );
}

type DashboardQuery = ReturnType<typeof useDashboard>;

function useDashboard(programmeId: string, year: number | null) {
  return useQuery(
    trpc.figures.dashboard.queryOptions(programmeId ? { programmeId, ...(year ? { year } : {}) } : skipToken),
  );
}

function Dashboard({ dashboard }: { dashboard: DashboardQuery }) {
  const data = dashboard.data;
  return (
    <>
      {/* Announces what is shown after a new choice, as the cards themselves change silently. */}
      <p role="status" className="result-count">
        {data && data.year !== null ? t.count(data.indicators.length, data.programme.name, data.year) : ""}
      </p>
      <QueryBoundary query={dashboard}>
        {({ year: shown, indicators, programme }) =>
          shown === null ? (
            <p>{t.noYear}</p>
          ) : (
            <section aria-labelledby="indicateurs-annee">
              <h2 id="indicateurs-annee">{t.heading(shown)}</h2>
              {indicators.length === 0 ? (
                <p>{t.noIndicators}</p>
              ) : (
                <ul className="card-list figure-cards">
                  {indicators.map((figures) => (
                    <IndicatorCard
                      key={figures.indicator.id}
                      figures={figures}
                      year={shown}
                      programmeId={programme.id}
                    />
                  ))}
                </ul>
              )}
            </section>
          )
        }
      </QueryBoundary>
    </>
  );
}

/** The programme's figures for a year: one card per indicator followed at the programme's level. */
export function FiguresPage() {
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const selection = useSelection(programmes.data);
  const dashboard = useDashboard(selection.programmeId, selection.year);
  // Without a year asked for, the API shows the latest with approved values: the picker says which.
  const shownYear = selection.year ?? dashboard.data?.year ?? null;

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <QueryBoundary query={programmes}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.noProgramme}</p>
          ) : (
            <>
              <Picker
                programmes={list}
                programmeId={selection.programmeId}
                year={shownYear}
                onApply={selection.apply}
              />
              <Dashboard dashboard={dashboard} />
            </>
          )
        }
      </QueryBoundary>
    </>
  );
}
