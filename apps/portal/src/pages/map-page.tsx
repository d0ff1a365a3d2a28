import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { GetForm } from "../components/get-form";
import { MetropoleMap, type MetropoleMapData } from "../components/metropole-map";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.metropoleMap;

/**
 * The address's filters as the API takes them. A form sent without JavaScript also sends empty
 * fields ("?edition=&indicateur="): empty means "not chosen". The year only counts with an indicator.
 */
function mapInput(search: URLSearchParams): { edition?: string; indicator?: string; year?: number } {
  const edition = search.get("edition")?.trim();
  const indicator = search.get("indicateur")?.trim();
  const year = search.get("annee")?.trim();
  return {
    ...(edition ? { edition } : {}),
    ...(indicator ? { indicator } : {}),
    ...(indicator && year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
  };
}

export const mapPageQueries = ({ trpc, search }: RouteLoadContext) => ({
  map: trpc.map.queryOptions(mapInput(search)),
});

export default function MapPage() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  // The previous map stays on screen while another edition or indicator loads.
  const map = useQuery({ ...mapPageQueries({ trpc, params: {}, search }).map, placeholderData: keepPreviousData });
  return (
    <QueryPage query={map} notFoundBody={m.notFoundBody}>
      {(data) => (
        <>
          <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
          <PageTitle title={m.title} description={m.description}>
            {m.heading}
          </PageTitle>
          <p className="lead">{m.intro}</p>
          <MapForm map={data} search={search} />
          <p role="status" className="filter-result">
            {m.summary(
              data.communes.filter((c) => c.participating).length,
              data.communes.length,
              data.selection.edition?.name ?? null,
            )}
          </p>
          <MetropoleMap map={data} withTable />
        </>
      )}
    </QueryPage>
  );
}

function MapForm({ map, search }: { map: MetropoleMapData; search: URLSearchParams }) {
  const editionId = useId();
  const indicatorId = useId();
  const yearId = useId();
  const edition = map.selection.edition?.id ?? "";
  const indicator = map.selection.indicator?.code ?? "";
  const year = indicator ? (search.get("annee") ?? "") : "";
  // Every year some indicator has: without JavaScript the list cannot follow the indicator chosen.
  const years = [...new Set(map.indicators.flatMap((i) => i.years))].sort((a, b) => b - a);
  return (
    // Keyed by the choice, so the fields show the address's values after "back" or a new choice.
    <GetForm
      key={`${edition}-${indicator}-${year}`}
      action="/carte"
      className="filter metro-map-form"
      aria-label={m.formLabel}
    >
      <div className="filter-row">
        <div className="filter-field">
          <label htmlFor={editionId} className="filter-label">
            {m.editionLabel}
          </label>
          <select id={editionId} name="edition" className="input" defaultValue={edition}>
            <option value="">{m.editionAll}</option>
            {map.editions.map((e) => (
              <option key={e.id} value={e.id}>
                {m.editionOption(e.name, e.programmeName)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={indicatorId} className="filter-label">
            {m.indicatorLabel}
          </label>
          <select id={indicatorId} name="indicateur" className="input" defaultValue={indicator}>
            <option value="">{m.indicatorNone}</option>
            {map.indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {m.indicatorOption(i.name, i.unit)}
              </option>
            ))}
          </select>
        </div>
        {years.length > 0 ? (
          <div className="filter-field filter-field-narrow">
            <label htmlFor={yearId} className="filter-label">
              {m.yearLabel}
            </label>
            <select id={yearId} name="annee" className="input" defaultValue={year}>
              <option value="">{m.yearLatest}</option>
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
