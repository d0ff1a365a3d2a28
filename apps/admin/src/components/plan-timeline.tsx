import { useId } from "react";
import type { Outputs } from "../lib/api-types";
import { formatDate } from "../lib/format";
import { messages } from "../messages.fr";
import type { PlanItem } from "./plan-item-form";

const t = messages.plan;

type Timeline = NonNullable<Outputs["plan"]["list"]["timeline"]>;

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" });
const yearFormat = new Intl.DateTimeFormat("fr-FR", { year: "numeric", timeZone: "UTC" });

/** "janv. 2026" on a monthly or quarterly scale, "2026" when the ticks are a year apart. */
function tickLabel(date: string, yearly: boolean): string {
  const day = new Date(`${date}T00:00:00Z`);
  return (yearly ? yearFormat : monthFormat).format(day);
}

const percent = (days: number, total: number) => `${(days / total) * 100}%`;

function barState(item: PlanItem): string {
  if (item.overdue) return "late";
  if (item.status === "done") return "done";
  if (item.status === "cancelled") return "cancelled";
  return "open";
}

/**
 * The plan drawn over time: actions as bars from their start to their due date, milestones as
 * diamonds. The drawing is hidden from assistive technologies, which get the same facts from the
 * table, named in the caption; states differ by pattern and shape as well as by colour.
 */
export function PlanTimeline({ timeline, items }: { timeline: Timeline; items: readonly PlanItem[] }) {
  const captionId = useId();
  const byId = new Map(items.map((item) => [item.id, item]));
  // Ticks a year apart fall on the same month: the month then says nothing.
  const [first, second] = timeline.ticks;
  const yearly = first !== undefined && second !== undefined && first.date.slice(5) === second.date.slice(5);

  return (
    <figure className="plan-timeline" aria-labelledby={captionId}>
      <figcaption id={captionId} className="plan-timeline__caption">
        {t.timelineCaption(formatDate(timeline.startsOn), formatDate(timeline.endsOn))}
      </figcaption>
      <div className="plan-timeline__chart" aria-hidden="true">
        <div className="plan-timeline__row plan-timeline__row--scale">
          <span className="plan-timeline__label" />
          <span className="plan-timeline__track">
            {timeline.ticks.map((tick) => (
              <span
                key={tick.date}
                className="plan-timeline__tick"
                style={{ left: percent(tick.offset, timeline.days) }}
              >
                {tickLabel(tick.date, yearly)}
              </span>
            ))}
          </span>
        </div>
        {timeline.rows.map((row) => {
          const item = byId.get(row.id);
          if (!item) return null;
          return (
            <div key={row.id} className="plan-timeline__row">
              <span className="plan-timeline__label">{item.title}</span>
              <span className="plan-timeline__track">
                {timeline.ticks.map((tick) => (
                  <span
                    key={tick.date}
                    className="plan-timeline__gridline"
                    style={{ left: percent(tick.offset, timeline.days) }}
                  />
                ))}
                {timeline.todayOffset !== null && (
                  <span
                    className="plan-timeline__today"
                    style={{ left: percent(timeline.todayOffset, timeline.days) }}
                  />
                )}
                {row.kind === "milestone" ? (
                  <span
                    className={`plan-timeline__milestone plan-timeline__milestone--${barState(item)}`}
                    style={{ left: percent(row.start + 0.5, timeline.days) }}
                  />
                ) : (
                  <span
                    className={`plan-timeline__bar plan-timeline__bar--${barState(item)}`}
                    style={{
                      left: percent(row.start, timeline.days),
                      width: percent(row.end - row.start, timeline.days),
                    }}
                  >
                    {item.status !== "done" && item.status !== "cancelled" && item.progress > 0 && (
                      <span className="plan-timeline__progress" style={{ width: `${item.progress}%` }} />
                    )}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </div>
      <ul className="plan-timeline__legend" aria-hidden="true">
        <li>
          <span className="plan-timeline__key plan-timeline__bar plan-timeline__bar--open" />
          {t.legendAction}
        </li>
        <li>
          <span className="plan-timeline__key plan-timeline__milestone plan-timeline__milestone--open" />
          {t.legendMilestone}
        </li>
        <li>
          <span className="plan-timeline__key plan-timeline__bar plan-timeline__bar--done" />
          {t.legendDone}
        </li>
        <li>
          <span className="plan-timeline__key plan-timeline__bar plan-timeline__bar--late" />
          {t.legendLate}
        </li>
        <li>
          <span className="plan-timeline__key plan-timeline__bar plan-timeline__bar--cancelled" />
          {t.legendCancelled}
        </li>
        {timeline.todayOffset !== null && (
          <li>
            <span className="plan-timeline__key plan-timeline__key--today" />
            {t.legendToday}
          </li>
        )}
      </ul>
    </figure>
  );
}
