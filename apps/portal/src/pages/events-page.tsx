import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { GetForm } from "../components/get-form";
import { PageTitle } from "../components/page-title";
import { InlineError, InlineLoading } from "../components/query-state";
import {
  adjacentMonth,
  currentParisMonth,
  eventDays,
  eventTime,
  eventWhen,
  monthLabel,
  monthPattern,
  monthWeeks,
  parisDay,
} from "../event-dates";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC, type PortalTRPC } from "../trpc";

const m = messages.events;

export type EventSummary = inferOutput<PortalTRPC["events"]>[number];

/** How many past events the page lists; the calendar reaches the others month by month. */
const PAST_LIMIT = 12;

/** The calendar's month: `?mois=2026-12`, or this month in Paris when absent or malformed. */
function monthOf(search: URLSearchParams): string {
  const asked = search.get("mois") ?? "";
  return monthPattern.test(asked) ? asked : currentParisMonth(new Date());
}

export const eventsPageQueries = ({ trpc, search }: RouteLoadContext) => ({
  upcoming: trpc.events.queryOptions({ when: "upcoming" }),
  past: trpc.events.queryOptions({ when: "past", limit: PAST_LIMIT }),
  month: trpc.events.queryOptions({ month: monthOf(search) }),
});

export default function EventsPage() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const queries = eventsPageQueries({ trpc, params: {}, search });
  const upcoming = useQuery(queries.upcoming);
  const past = useQuery(queries.past);
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={m.title} description={m.description} />
      <p className="lead">{m.intro}</p>
      <p className="feed-link">
        {/* A file for calendar applications, not a page of the app: a plain link. */}
        <a href="/evenements.ics" type="text/calendar">
          {m.icsLink}
        </a>
        <br />
        <span className="hint">{m.icsHint}</span>
      </p>

      <section>
        <h2>{m.upcomingHeading}</h2>
        {upcoming.isPending ? (
          <InlineLoading label={m.loading} />
        ) : upcoming.isError ? (
          <InlineError label={m.error} onRetry={() => void upcoming.refetch()} retrying={upcoming.isFetching} />
        ) : upcoming.data.length === 0 ? (
          <p>{m.upcomingEmpty}</p>
        ) : (
          <EventList events={upcoming.data} headingLevel={3} />
        )}
      </section>

      <MonthCalendar month={monthOf(search)} />

      <section>
        <h2>{m.pastHeading}</h2>
        {past.isPending ? (
          <InlineLoading label={m.loading} />
        ) : past.isError ? (
          <InlineError label={m.error} onRetry={() => void past.refetch()} retrying={past.isFetching} />
        ) : past.data.length === 0 ? (
          <p>{m.pastEmpty}</p>
        ) : (
          <>
            <p className="hint">{m.pastIntro}</p>
            <EventList events={past.data} headingLevel={3} />
          </>
        )}
      </section>
    </>
  );
}

/** Events as cards: title, kind, when (Paris time), place, and "Annulé" in words, not only in colour. */
export function EventList({ events, headingLevel }: { events: EventSummary[]; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="card-list event-list" role="list">
      {events.map((e) => (
        <li key={e.slug} className={e.status === "cancelled" ? "card event-cancelled" : "card"}>
          <Heading className="card-title">
            <Link to={`/evenements/${e.slug}`}>{e.title}</Link>
            {e.status === "cancelled" ? <span className="status-tag event-cancelled-tag"> {m.cancelled}</span> : null}
          </Heading>
          <ul className="meta-list" role="list">
            <li>{m.kinds[e.kind]}</li>
            <li>
              <time dateTime={e.startsAt}>{eventWhen(e.startsAt, e.endsAt)}</time>
            </li>
            {e.place || e.communeName ? <li>{[e.place, e.communeName].filter(Boolean).join(", ")}</li> : null}
          </ul>
          {e.summary ? <p className="card-summary">{e.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The month as a table: a column per weekday, a row per week, each day's events as links. The
 * same events are in the lists above and below, so the grid adds an overview, not information.
 */
function MonthCalendar({ month }: { month: string }) {
  const trpc = useTRPC();
  const events = useQuery(trpc.events.queryOptions({ month }));
  const inputId = useId();
  const label = monthLabel(month);
  const previous = adjacentMonth(month, -1);
  const next = adjacentMonth(month, 1);
  const byDay = new Map<string, EventSummary[]>();
  for (const e of events.data ?? []) {
    for (const day of eventDays(e.startsAt, e.endsAt)) {
      if (!day.startsWith(month)) continue;
      byDay.set(day, [...(byDay.get(day) ?? []), e]);
    }
  }
  const dayNumber = (day: string) => String(Number(day.slice(8)));
  return (
    <section id="calendrier">
      <h2>{m.calendarHeading}</h2>
      <nav aria-label={m.calendarNavLabel} className="calendar-nav">
        <ul role="list">
          <li>
            <Link to={`/evenements?mois=${previous}#calendrier`}>{m.previousMonth(monthLabel(previous))}</Link>
          </li>
          <li>
            <Link to={`/evenements?mois=${next}#calendrier`}>{m.nextMonth(monthLabel(next))}</Link>
          </li>
        </ul>
      </nav>
      <GetForm key={month} action="/evenements" className="filter" aria-label={m.monthFormLabel}>
        <label htmlFor={inputId} className="filter-label">
          {m.monthLabel}
        </label>
        <div className="filter-row">
          <input
            id={inputId}
            className="input"
            type="month"
            name="mois"
            defaultValue={month}
            pattern="\d{4}-\d{2}"
            placeholder="2026-12"
          />
          <button type="submit" className="button">
            {m.monthSubmit}
          </button>
        </div>
      </GetForm>
      {events.isPending ? (
        <InlineLoading label={m.loading} />
      ) : events.isError ? (
        <InlineError label={m.error} onRetry={() => void events.refetch()} retrying={events.isFetching} />
      ) : (
        <>
          {events.data.length === 0 ? <p role="status">{m.calendarEmpty(label)}</p> : null}
          <div className="event-calendar">
            <table>
              <caption>{m.calendarCaption(label)}</caption>
              <thead>
                <tr>
                  {m.weekdays.map((w) => (
                    <th key={w.long} scope="col">
                      <abbr title={w.long}>{w.short}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(month).map((week, i) => (
                  <tr key={i}>
                    {week.map((day, j) =>
                      day ? (
                        <td key={day} className={byDay.has(day) ? "calendar-busy" : undefined}>
                          <time dateTime={day} className="calendar-day">
                            {dayNumber(day)}
                            <span className="visually-hidden"> {label}</span>
                          </time>
                          {byDay.has(day) ? (
                            <ul role="list">
                              {byDay.get(day)!.map((e) => (
                                <li key={e.slug}>
                                  <Link to={`/evenements/${e.slug}`}>
                                    {parisDay(e.startsAt) === day ? (
                                      <span className="calendar-time">{eventTime(e.startsAt)} </span>
                                    ) : null}
                                    {e.title}
                                  </Link>
                                  {e.status === "cancelled" ? <> ({m.cancelled})</> : null}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </td>
                      ) : (
                        <td key={`vide-${j}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
