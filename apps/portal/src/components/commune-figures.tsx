import { useQuery } from "@tanstack/react-query";
import { formatFigure, formatInstant, formatReportingPeriod } from "../format";
import { messages } from "../messages.fr";
import { useTRPC } from "../trpc";
import { IndicatorChart } from "./indicator-chart";

const m = messages.communeFigures;

/**
 * A commune's approved public figures, each with its history; a figure corrected after its
 * publication says so, with both dates, so a reader who noted the first one knows why it moved.
 */
export function CommuneFigures({ inseeCode, communeName }: { inseeCode: string; communeName: string }) {
  const trpc = useTRPC();
  const figures = useQuery(trpc.communeIndicators.queryOptions({ inseeCode }));
  if (figures.isPending) return <p role="status">{m.loading}</p>;
  if (figures.isError) return <p className="notice notice-error">{m.error}</p>;
  if (figures.data.length === 0) {
    return (
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{m.heading}</h2>
        <p>{m.none}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      {figures.data.map((indicator) => {
        const latest = indicator.values.at(-1)!;
        return (
          <div key={indicator.code} className="figure-block">
            <h3>{indicator.name}</h3>
            <p className="figure-latest">
              {m.latest(formatReportingPeriod(latest.period), formatFigure(latest.value, indicator.unit))}
            </p>
            <IndicatorChart
              unit={indicator.unit}
              points={indicator.values}
              caption={m.caption(indicator.name, communeName)}
              columns={[
                {
                  header: m.publication,
                  cell: (v) =>
                    indicator.computed || !v.publishedAt
                      ? m.computed
                      : v.correctedAt
                        ? m.corrected(formatInstant(v.publishedAt), formatInstant(v.correctedAt))
                        : m.published(formatInstant(v.publishedAt)),
                },
              ]}
            />
          </div>
        );
      })}
    </section>
  );
}
