import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { messages } from "../messages.fr";
import { useTRPC } from "../trpc";
import { IndicatorChart } from "./indicator-chart";
import { InlineError, InlineLoading } from "./query-state";

const m = messages.projectIndicators;

/**
 * The indicators a project follows on its own, against the project's targets. Nothing is shown
 * when the project follows none: most projects are measured at the programme's level only.
 */
export function ProjectIndicators({ slug, communeName }: { slug: string; communeName: string }) {
  const trpc = useTRPC();
  const indicators = useQuery(trpc.projectIndicators.queryOptions({ slug }));
  const headingId = useId();
  if (indicators.isPending) return <InlineLoading label={m.loading} />;
  if (indicators.isError)
    return <InlineError label={m.error} onRetry={() => void indicators.refetch()} retrying={indicators.isFetching} />;
  if (indicators.data.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <p className="hint">{m.intro}</p>
      {indicators.data.map((indicator) => (
        <div key={indicator.code} className="figure-block indicator-block">
          <h3>{indicator.name}</h3>
          {indicator.definition ? <p>{indicator.definition}</p> : null}
          <IndicatorChart
            unit={indicator.unit}
            points={indicator.points}
            caption={m.caption(indicator.name, communeName)}
          />
        </div>
      ))}
    </section>
  );
}
