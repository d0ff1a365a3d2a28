import { useQuery } from "@tanstack/react-query";
import { indicatorDirectionLabels, indicatorKindLabels } from "@cvv/domain/labels";
import { useId } from "react";
import { useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { GetForm } from "../components/get-form";
import { IndicatorChart } from "../components/indicator-chart";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { formatFigure } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";
import type { inferOutput } from "@trpc/tanstack-react-query";
import type { PortalTRPC } from "../trpc";

const m = messages.indicatorsPage;

type Series = inferOutput<PortalTRPC["indicatorSeries"]>;
type SeriesIndicator = Series["indicators"][number];

export const indicatorsPageQueries = ({ trpc, search }: RouteLoadContext) => {
  const slug = search.get("programme")?.trim();
  return {
    programmes: trpc.programmes.queryOptions(),
    // Without a programme in the address, the API picks the first public one.
    series: trpc.indicatorSeries.queryOptions(slug ? { slug } : {}),
  };
};

/** The year asked for when it has figures or targets; otherwise the last year with a figure. */
function chooseYear(series: Series, requested: string | null): { year: number | null; fellBack: boolean } {
  const asked = requested && /^\d{4}$/.test(requested) ? Number(requested) : null;
  if (asked !== null && series.years.includes(asked)) return { year: asked, fellBack: false };
  const year = series.latestYear ?? series.years.at(-1) ?? null;
  return { year, fellBack: requested !== null && requested !== "" && year !== null };
}

export default function IndicatorsPage() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const q = indicatorsPageQueries({ trpc, params: {}, search });
  const series = useQuery(q.series);
  const programmes = useQuery(q.programmes);
  return (
    <QueryPage query={series} notFoundBody={messages.notFound.programmeBody}>
      {(s) => {
        const requested = search.get("annee");
        const { year, fellBack } = chooseYear(s, requested);
        return (
          <>
            <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
            <PageTitle title={m.documentTitle(s.programme.name)} description={m.description(s.programme.name)}>
              {m.title}
            </PageTitle>
            <p className="lead">{m.intro}</p>
            <ChoiceForm
              programmes={programmes.data ?? [s.programme]}
              programme={s.programme.slug}
              years={s.years}
              year={year}
            />
            <h2>{m.heading(s.programme.name, year)}</h2>
            {fellBack && requested && year !== null ? (
              <p className="notice notice-warning">{m.yearFallback(requested, year)}</p>
            ) : null}
            {s.indicators.length === 0 ? (
              <p>{m.empty}</p>
            ) : (
              s.indicators.map((indicator) => (
                <IndicatorBlock key={indicator.code} indicator={indicator} programme={s.programme.name} year={year} />
              ))
            )}
          </>
        );
      }}
    </QueryPage>
  );
}

function ChoiceForm({
  programmes,
  programme,
  years,
  year,
}: {
  programmes: readonly { slug: string; name: string }[];
  programme: string;
  years: readonly number[];
  year: number | null;
}) {
  const programmeId = useId();
  const yearId = useId();
  return (
    // Keyed by the choice, so the fields show the address's values after "back" or a new choice.
    <GetForm key={`${programme}-${year}`} action="/indicateurs" className="filter" aria-label={m.formLabel}>
      <div className="filter-row">
        <div className="filter-field">
          <label htmlFor={programmeId} className="filter-label">
            {m.programmeLabel}
          </label>
          <select id={programmeId} name="programme" className="input" defaultValue={programme}>
            {programmes.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {years.length > 0 ? (
          <div className="filter-field filter-field-narrow">
            <label htmlFor={yearId} className="filter-label">
              {m.yearLabel}
            </label>
            <select id={yearId} name="annee" className="input" defaultValue={year ?? undefined}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="button filter-submit">
          {m.submit}
        </button>
      </div>
    </GetForm>
  );
}

function yearSentence(indicator: SeriesIndicator, year: number): string {
  // A yearly indicator has one point in the year; a quarterly or monthly one, its latest.
  const inYear = indicator.points.filter((p) => p.period.slice(0, 4) === String(year));
  const point = inYear.filter((p) => p.value !== null).at(-1) ?? inYear.at(-1);
  if (!point) return m.inYearNoData(year);
  const target = point.target === null ? null : formatFigure(point.target, indicator.unit);
  if (point.value === null) return m.inYearNoData(year) + (target ? m.withTargetOnly(target) : "");
  const value = m.inYear(year, formatFigure(point.value, indicator.unit));
  if (target === null || point.meetsTarget === null) return `${value}.`;
  return `${value}${m.withTarget(target, point.meetsTarget ? m.reached : m.notReached)}.`;
}

function IndicatorBlock({
  indicator,
  programme,
  year,
}: {
  indicator: SeriesIndicator;
  programme: string;
  year: number | null;
}) {
  const headingId = useId();
  return (
    <section className="figure-block indicator-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name}</h3>
      {indicator.definition ? <p>{indicator.definition}</p> : null}
      {year !== null ? <p className="figure-latest">{yearSentence(indicator, year)}</p> : null}
      <IndicatorChart
        unit={indicator.unit}
        points={indicator.points}
        caption={m.caption(indicator.name, programme)}
        highlight={year === null ? null : String(year)}
        columns={[{ header: m.communes, cell: (p) => (p.value === null ? m.none : p.communes) }]}
      />
      <dl className="facts facts-compact">
        <div>
          <dt>{m.kind}</dt>
          <dd>{indicatorKindLabels[indicator.kind]}</dd>
        </div>
        <div>
          <dt>{m.direction}</dt>
          <dd>{indicatorDirectionLabels[indicator.direction]}</dd>
        </div>
        {indicator.method ? (
          <div>
            <dt>{m.method}</dt>
            <dd>{indicator.method}</dd>
          </div>
        ) : null}
        {indicator.source ? (
          <div>
            <dt>{m.source}</dt>
            <dd>{indicator.source}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
