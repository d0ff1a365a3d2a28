import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { byFrenchName, formatFigure, formatReportingPeriod } from "../format";
import { messages } from "../messages.fr";
import { useTRPC, type PortalTRPC } from "../trpc";
import { InlineError, InlineLoading } from "./query-state";

const m = messages.metropoleMap;

export type MetropoleMapData = inferOutput<PortalTRPC["map"]>;
type MapCommune = MetropoleMapData["communes"][number];
type Legend = NonNullable<MetropoleMapData["legend"]>;

/**
 * Light to mid tones only: each keeps at least 3:1 against the dark outline of participating
 * communes (the lightest 14:1, the darkest 5:1), so every outline stays visible. The classes are
 * also told apart by pattern, and by text in the legend and the table.
 */
const classColours = ["#fbf3c4", "#d6eba6", "#a6d8a4", "#72c0ad", "#4aa3b5"];

/** Denser and denser marks, in the order of the classes: the map reads without colour. */
function ClassPattern({ id, index }: { id: string; index: number }) {
  const size = index === 4 ? 6 : 8;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <rect width={size} height={size} fill={classColours[index]} />
      {index === 1 ? <circle cx={4} cy={4} r={1} className="metro-map-mark-dot" /> : null}
      {index >= 2 ? (
        <path
          d={`M0 ${size}L${size} 0M-1 1L1 -1M${size - 1} ${size + 1}L${size + 1} ${size - 1}`}
          className="metro-map-mark"
        />
      ) : null}
      {index >= 3 ? (
        <path
          d={`M0 0L${size} ${size}M-1 ${size - 1}L1 ${size + 1}M${size - 1} -1L${size + 1} 1`}
          className="metro-map-mark"
        />
      ) : null}
    </pattern>
  );
}

const formatValue = (value: number, unit: string) => formatFigure(value, unit);

function figureOf(commune: MapCommune, legend: Legend | null): string | null {
  if (!legend) return null;
  if (commune.value === null || commune.valueClass === null) return m.noData;
  return m.valueWithClass(
    formatValue(commune.value, legend.unit),
    m.classLabel(commune.valueClass, legend.classes.length),
  );
}

function periodText(legend: Legend): string {
  return formatReportingPeriod(legend.period ?? String(legend.year));
}

/** The SVG's ids must be valid in url(#…) and href="#…": React's own ids hold other characters. */
function useSvgId(): string {
  return `map${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

interface MetropoleMapProps {
  map: MetropoleMapData;
  /** The table of the same communes beside the map (the map page); the home page links to it instead. */
  withTable?: boolean;
}

/**
 * The métropole drawn from the communes' outlines, in plain SVG: no tile server, no map library.
 * Each participating commune is a link to its page, named by its <title>; the others are drawn
 * grey and are not focusable.
 */
export function MetropoleMap({ map, withTable = false }: MetropoleMapProps) {
  const id = useSvgId();
  // Keyboard focus is redrawn on top of the neighbours, which would otherwise hide half of it.
  const [focused, setFocused] = useState<string | null>(null);
  const focusedPath = focused ? map.communes.find((c) => c.inseeCode === focused)?.path : undefined;
  const { legend } = map;
  const participating = map.communes.filter((c) => c.participating);
  const others = map.communes.filter((c) => !c.participating);
  const edition = map.selection.edition?.name ?? null;
  const fillOf = (c: MapCommune) =>
    legend === null ? undefined : c.valueClass === null ? undefined : `url(#${id}-class-${c.valueClass})`;
  const shapeClass = (c: MapCommune) =>
    legend === null
      ? "metro-map-shape metro-map-participating"
      : c.valueClass === null
        ? "metro-map-shape metro-map-no-data"
        : "metro-map-shape metro-map-classed";

  return (
    <div className={withTable ? "metro-map metro-map-with-table" : "metro-map"}>
      <figure className="metro-map-figure">
        <svg
          className="metro-map-svg"
          viewBox={map.viewBox}
          aria-labelledby={`${id}-title`}
          onBlur={() => setFocused(null)}
        >
          <title id={`${id}-title`}>{m.svgTitle(participating.length, edition)}</title>
          <defs>
            {classColours.map((_, index) => (
              <ClassPattern key={index} id={`${id}-class-${index}`} index={index} />
            ))}
          </defs>
          {/* Grey first, so that the outlines of participating communes are drawn over them. */}
          <g className="metro-map-others">
            {others.map((c) => (
              <path key={c.inseeCode} d={c.path} className="metro-map-shape metro-map-other" />
            ))}
          </g>
          <g>
            {participating.map((c) => (
              <Link
                key={c.inseeCode}
                to={`/communes/${c.inseeCode}`}
                className="metro-map-link"
                aria-labelledby={`${id}-name-${c.inseeCode}`}
                onFocus={() => setFocused(c.inseeCode)}
              >
                <title id={`${id}-name-${c.inseeCode}`}>
                  {m.linkName(c.name, m.projects(c.projectCount), figureOf(c, legend))}
                </title>
                <path d={c.path} className={shapeClass(c)} fill={fillOf(c)} />
              </Link>
            ))}
          </g>
          {focusedPath ? (
            <g className="metro-map-focus" aria-hidden="true">
              <path d={focusedPath} className="metro-map-focus-halo" />
              <path d={focusedPath} className="metro-map-focus-ring" />
            </g>
          ) : null}
        </svg>
        <figcaption className="metro-map-legend">
          <MapLegend id={id} map={map} participating={participating.length} />
          <p className="metro-map-source">{m.source}</p>
        </figcaption>
      </figure>
      {withTable ? <CommuneTable map={map} /> : null}
    </div>
  );
}

function Swatch({ fill, className }: { fill?: string; className: string }) {
  return (
    <svg className="metro-map-swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      <rect x={1} y={1} width={26} height={16} className={className} fill={fill} />
    </svg>
  );
}

function MapLegend({ id, map, participating }: { id: string; map: MetropoleMapData; participating: number }) {
  const { legend } = map;
  const indicator = map.selection.indicator;
  if (!legend || !indicator) {
    return (
      <>
        <p className="metro-map-legend-title">{m.legendHeading}</p>
        <ul className="metro-map-legend-list" role="list">
          <li>
            <Swatch className="metro-map-shape metro-map-participating" />
            {m.legendParticipating(participating)}
          </li>
          <li>
            <Swatch className="metro-map-shape metro-map-other metro-map-swatch-other" />
            {m.legendOther}
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <p className="metro-map-legend-title">{m.legendIndicator(indicator.name, periodText(legend))}</p>
      {legend.status === "no_values" ? <p className="notice notice-warning">{m.legendNone(legend.year)}</p> : null}
      {legend.status === "fewer_distinct_values" ? <p className="hint">{m.legendFewer}</p> : null}
      {legend.status === "complete" ? <p className="hint">{m.legendClasses}</p> : null}
      <ul className="metro-map-legend-list" role="list">
        {legend.classes.map((c) => (
          <li key={c.index}>
            <Swatch className="metro-map-shape metro-map-classed" fill={`url(#${id}-class-${c.index})`} />
            {m.legendClass(m.range(formatValue(c.min, legend.unit), formatValue(c.max, legend.unit)), c.count)}
          </li>
        ))}
        <li>
          <Swatch className="metro-map-shape metro-map-no-data" />
          {m.legendNoData(legend.noDataCount)}
        </li>
        <li>
          <Swatch className="metro-map-shape metro-map-other metro-map-swatch-other" />
          {m.legendOther}
        </li>
      </ul>
    </>
  );
}

interface TerritoryGroup {
  key: string;
  name: string;
  communes: MapCommune[];
}

/** Paris first (it is in no EPT), then the EPT by name; communes by name within each. */
function byTerritory(communes: readonly MapCommune[]): TerritoryGroup[] {
  const groups = new Map<string, TerritoryGroup>();
  for (const c of communes) {
    const key = c.eptName ?? (c.inseeCode === "75056" ? "paris" : "none");
    const name = c.eptName ?? (key === "paris" ? m.paris : m.noTerritory);
    const group = groups.get(key) ?? { key, name, communes: [] };
    group.communes.push(c);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.communes.sort((a, b) => byFrenchName(a.name, b.name));
  return [...groups.values()].sort((a, b) =>
    a.key === "paris" ? -1 : b.key === "paris" ? 1 : byFrenchName(a.name, b.name),
  );
}

/** The map's content as a table: the same communes, links and figures, for every reader. */
function CommuneTable({ map }: { map: MetropoleMapData }) {
  const { legend } = map;
  const indicator = map.selection.indicator;
  const participating = map.communes.filter((c) => c.participating);
  const others = map.communes.filter((c) => !c.participating);
  const columns = legend && indicator ? 3 : 2;
  return (
    <div className="metro-map-side">
      {participating.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <div className="metro-map-table">
          <table>
            <caption>{m.tableCaption(map.selection.edition?.name ?? null)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.commune}</th>
                <th scope="col">{m.projectsColumn}</th>
                {legend && indicator ? <th scope="col">{m.valueColumn(indicator.name, periodText(legend))}</th> : null}
              </tr>
            </thead>
            {byTerritory(participating).map((group) => (
              <tbody key={group.key}>
                <tr className="metro-map-group-row">
                  <th scope="rowgroup" colSpan={columns}>
                    {group.name}
                  </th>
                </tr>
                {group.communes.map((c) => (
                  <tr key={c.inseeCode}>
                    <th scope="row">
                      <Link to={`/communes/${c.inseeCode}`}>{c.name}</Link>
                      {c.editions.length > 0 ? (
                        <span className="metro-map-editions">{m.editions(c.editions.map((e) => e.name))}</span>
                      ) : null}
                    </th>
                    <td>{c.projectCount.toLocaleString("fr-FR")}</td>
                    {legend ? <td>{figureOf(c, legend)}</td> : null}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      {others.length > 0 ? (
        <details className="metro-map-others-list">
          <summary>{m.others(others.length)}</summary>
          {byTerritory(others).map((group) => (
            <p key={group.key}>{m.othersInTerritory(group.name, group.communes.map((c) => c.name).join(", "))}</p>
          ))}
        </details>
      ) : null}
    </div>
  );
}

/** The same query for the home page's section and the server's pre-fetch of it. */
export const homeMapQuery = (trpc: PortalTRPC) => trpc.map.queryOptions({});

/** The home page's map: participation only, no form, and a link to the full map. */
export function MetropoleMapSection() {
  const trpc = useTRPC();
  const map = useQuery(homeMapQuery(trpc));
  return (
    <section>
      <h2>{m.homeHeading}</h2>
      <p>{m.homeIntro}</p>
      {map.isPending ? (
        <InlineLoading label={m.loading} />
      ) : map.isError ? (
        <InlineError label={m.error} onRetry={() => void map.refetch()} retrying={map.isFetching} />
      ) : (
        <MetropoleMap map={map.data} />
      )}
      <p>
        <Link to="/carte">{m.homeLink}</Link>
      </p>
    </section>
  );
}
