import type { ReactNode } from "react";
import { formatFigure, formatReportingPeriod } from "../format";
import { messages } from "../messages.fr";

const m = messages.indicatorChart;

export interface ChartPoint {
  period: string;
  /** null: nothing published for the period, said in words rather than left blank. */
  value: number | null;
  target?: number | null;
  meetsTarget?: boolean | null;
}

export interface ChartColumn<P extends ChartPoint> {
  header: string;
  cell: (point: P) => ReactNode;
}

interface IndicatorChartProps<P extends ChartPoint> {
  unit: string;
  points: readonly P[];
  /** The table's caption: which indicator, where. */
  caption: string;
  /** A period to make stand out, e.g. the year chosen on the indicators page. */
  highlight?: string | null;
  /** Further columns of the table, e.g. how many communes reported. */
  columns?: readonly ChartColumn<P>[];
}

// Drawn by hand: a chart library would weigh more than the whole portal's first load.
const SLOT = 64;
const SIDE = 8;
const TOP = 26;
const PLOT = 150;
const BOTTOM = 34;
/** Beyond this many periods (monthly figures over years), bars narrow and only years are labelled. */
const DENSE = 12;
const DENSE_WIDTH = 640;

const compact = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });

function shortFigure(value: number, unit: string): string {
  const number = compact.format(value);
  return unit === "%" || unit === "€" ? `${number} ${unit}` : number;
}

/** "2025", "T1 2025", "03/2025": what fits under a bar. */
function shortPeriod(period: string): string {
  const quarter = /^(\d{4})-T(\d)$/.exec(period);
  if (quarter) return `T${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[2]}/${month[1]}`;
  return period;
}

/** The chosen year covers its own period and, for a monthly or quarterly figure, those inside it. */
export function inChosenYear(period: string, highlight: string | null | undefined): boolean {
  return !!highlight && (period === highlight || period.startsWith(`${highlight}-`));
}

/** Just above the bar, or above the target line when the two would overlap. */
function labelY(barTop: number, targetY: number | null): number {
  const below = barTop - 7;
  if (targetY === null || Math.abs(below - targetY) > 12) return below;
  return Math.min(barTop, targetY) - 7;
}

function Bars<P extends ChartPoint>({
  unit,
  points,
  highlight,
}: Pick<IndicatorChartProps<P>, "unit" | "points" | "highlight">) {
  const numbers = points.flatMap((p) => [p.value, p.target ?? null]).filter((n): n is number => n !== null);
  const max = Math.max(0, ...numbers);
  const min = Math.min(0, ...numbers);
  const range = max - min || 1;
  const y = (v: number) => TOP + ((max - v) / range) * PLOT;
  const zero = y(0);
  const dense = points.length > DENSE;
  const slot = dense ? Math.max(10, Math.floor(DENSE_WIDTH / points.length)) : SLOT;
  const bar = Math.round(slot * (dense ? 0.7 : 0.53));
  const width = SIDE * 2 + points.length * slot;
  const height = TOP + PLOT + BOTTOM;
  return (
    // The table beside it carries the same numbers for everyone: the drawing is hidden from assistive technologies.
    <svg
      className="chart-svg"
      aria-hidden="true"
      focusable="false"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line className="chart-axis" x1={SIDE} x2={width - SIDE} y1={zero} y2={zero} />
      {points.map((p, i) => {
        const left = SIDE + i * slot;
        const centre = left + slot / 2;
        const chosen = inChosenYear(p.period, highlight);
        const target = p.target ?? null;
        const year = p.period.slice(0, 4);
        // Dense: a year's name under its first period only.
        const periodLabel = !dense
          ? shortPeriod(p.period)
          : i === 0 || points[i - 1]!.period.slice(0, 4) !== year
            ? year
            : null;
        return (
          <g key={p.period}>
            {p.value === null ? (
              dense ? (
                <text
                  className="chart-missing"
                  x={centre}
                  y={zero - 4}
                  transform={`rotate(-90 ${centre} ${zero - 4})`}
                  dominantBaseline="middle"
                >
                  {m.noData}
                </text>
              ) : (
                <text className="chart-missing" x={centre} y={zero - 22} textAnchor="middle">
                  <tspan x={centre}>{m.noDataShort[0]}</tspan>
                  <tspan x={centre} dy="1.1em">
                    {m.noDataShort[1]}
                  </tspan>
                </text>
              )
            ) : (
              <>
                <rect
                  className={chosen ? "chart-bar chart-bar-chosen" : "chart-bar"}
                  x={centre - bar / 2}
                  y={Math.min(y(p.value), zero)}
                  width={bar}
                  height={Math.max(1, Math.abs(zero - y(p.value)))}
                />
                {/* Dense charts leave the figures to the table: they would overlap. */}
                {dense ? null : (
                  <text
                    className={chosen ? "chart-value chart-value-chosen" : "chart-value"}
                    x={centre}
                    y={labelY(Math.min(y(p.value), zero), target === null ? null : y(target))}
                    textAnchor="middle"
                  >
                    {shortFigure(p.value, unit)}
                  </text>
                )}
              </>
            )}
            {target === null ? null : (
              <>
                <line
                  className="chart-target"
                  x1={left + (dense ? 0 : 6)}
                  x2={left + slot - (dense ? 0 : 6)}
                  y1={y(target)}
                  y2={y(target)}
                />
                {/* At the line's end, clear of the figure written above the bar. */}
                {dense ? null : (
                  <path
                    className="chart-target-mark"
                    d={`M ${left + slot - 11} ${y(target) - 5} l 5 5 l -5 5 l -5 -5 z`}
                  />
                )}
              </>
            )}
            {periodLabel === null ? null : (
              <text
                className={chosen ? "chart-period chart-period-chosen" : "chart-period"}
                x={dense ? left : centre}
                y={TOP + PLOT + 20}
                textAnchor={dense ? "start" : "middle"}
              >
                {periodLabel}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function targetOutcome(point: ChartPoint): string {
  if (point.meetsTarget === true) return m.met;
  if (point.meetsTarget === false) return m.notMet;
  return m.notApplicable;
}

/**
 * One indicator period by period: bars drawn in SVG (the published figure; a dashed line and a
 * diamond for the target), and right beside them a table of the very same numbers, which is what
 * assistive technologies read. A period without a figure says so in words in both.
 */
export function IndicatorChart<P extends ChartPoint>({
  unit,
  points,
  caption,
  highlight,
  columns = [],
}: IndicatorChartProps<P>) {
  const withTargets = points.some((p) => p.target !== undefined && p.target !== null);
  return (
    <div className="indicator-chart">
      <div className="chart-drawing">
        <Bars unit={unit} points={points} highlight={highlight ?? null} />
        {/* The legend explains shapes, not only colours; the table says the same in words. */}
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="chart-key chart-key-bar" />
            {m.legendValue}
          </li>
          {withTargets ? (
            <li>
              <span className="chart-key chart-key-target" />
              {m.legendTarget}
            </li>
          ) : null}
        </ul>
      </div>
      <div className="chart-table">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.period}</th>
              <th scope="col">{m.value}</th>
              {withTargets ? (
                <>
                  <th scope="col">{m.target}</th>
                  <th scope="col">{m.outcome}</th>
                </>
              ) : null}
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              const chosen = inChosenYear(p.period, highlight);
              return (
                <tr key={p.period} className={chosen ? "chart-row-chosen" : undefined}>
                  <th scope="row">
                    {formatReportingPeriod(p.period)}
                    {chosen ? <span className="visually-hidden">{m.chosen}</span> : null}
                  </th>
                  <td>{p.value === null ? m.noData : formatFigure(p.value, unit)}</td>
                  {withTargets ? (
                    <>
                      <td>{p.target === undefined || p.target === null ? m.noTarget : formatFigure(p.target, unit)}</td>
                      <td>{targetOutcome(p)}</td>
                    </>
                  ) : null}
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(p)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
