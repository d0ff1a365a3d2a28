import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useId } from "react";
import { formatDate } from "../format";
import { messages } from "../messages.fr";
import { useTRPC, type PortalTRPC } from "../trpc";
import { InlineError, InlineLoading } from "./query-state";

const m = messages.projectPlan;

type PlanItem = inferOutput<PortalTRPC["projectPlan"]>[number];

function datesOf(item: PlanItem): string {
  if (item.kind === "milestone") {
    return item.status === "done"
      ? m.reachedOn(formatDate(item.completedOn ?? item.dueOn))
      : m.milestoneOn(formatDate(item.dueOn));
  }
  const planned = item.startsOn
    ? m.span(formatDate(item.startsOn), formatDate(item.dueOn))
    : m.due(formatDate(item.dueOn));
  return item.status === "done" && item.completedOn
    ? `${planned} · ${m.doneOn(formatDate(item.completedOn))}`
    : planned;
}

function statusWords(item: PlanItem): string {
  return item.kind === "milestone" ? m.milestoneStatus[item.status] : m.status[item.status];
}

/**
 * The project's actions and milestones as an ordered list, soonest due first: dates, the status in
 * words and the progress of actions under way. What the API sends holds no owner or description.
 */
export function ProjectPlanTimeline({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.projectPlan.queryOptions({ slug }));
  const headingId = useId();
  if (plan.isPending) return <InlineLoading label={m.loading} />;
  if (plan.isError)
    return <InlineError label={m.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />;
  const items = plan.data;
  const milestones = items.filter((i) => i.kind === "milestone" && i.status !== "cancelled");
  const reached = milestones.filter((i) => i.status === "done").length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      {items.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <>
          <p className="hint">{m.intro}</p>
          {milestones.length > 0 ? <p className="figure-latest">{m.summary(reached, milestones.length)}</p> : null}
          <ol className="plan-timeline" role="list">
            {items.map((item, i) => (
              <li key={`${i}-${item.title}`} className={`plan-item plan-item-${item.kind} plan-status-${item.status}`}>
                <p className="plan-kind">{m.kind[item.kind]}</p>
                <h3 className="plan-title">{item.title}</h3>
                <p className="plan-dates">{datesOf(item)}</p>
                <p className="plan-state">
                  {m.statusLabel}
                  <strong>{statusWords(item)}</strong>
                  {item.kind === "action" && item.status === "in_progress" ? (
                    <>
                      {" · "}
                      {m.progress(item.progress)}
                    </>
                  ) : null}
                </p>
                {item.kind === "action" && item.status === "in_progress" ? (
                  <span className="plan-progress" aria-hidden="true">
                    <span style={{ width: `${item.progress}%` }} />
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
