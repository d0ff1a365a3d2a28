import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { messages } from "../messages.fr";
import { EventList } from "../pages/events-page";
import { PublicationList } from "../pages/publications-page";
import type { PortalTRPC } from "../trpc";
import { useTRPC } from "../trpc";
import { InlineError, InlineLoading } from "./query-state";

/** How many of each the home page shows; the lists have the rest. */
const HOME_COUNT = 3;

/** The home page's reads for these sections, so the server renders them in the first HTML. */
export const homeNewsEventsQueries = (trpc: PortalTRPC) => ({
  latestPublications: trpc.publications.queryOptions({}),
  nextEvents: trpc.events.queryOptions({ when: "upcoming", limit: HOME_COUNT }),
});

export function LatestPublications() {
  const trpc = useTRPC();
  const m = messages.publications;
  const list = useQuery(homeNewsEventsQueries(trpc).latestPublications);
  return (
    <section>
      <h2>{m.homeHeading}</h2>
      {list.isPending ? (
        <InlineLoading label={m.homeLoading} />
      ) : list.isError ? (
        <InlineError label={m.homeError} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.items.length === 0 ? (
        <p>{m.homeEmpty}</p>
      ) : (
        <PublicationList items={list.data.items.slice(0, HOME_COUNT)} headingLevel={3} />
      )}
      <p>
        <Link to="/actualites">{m.homeAll}</Link>
      </p>
    </section>
  );
}

export function NextEvents() {
  const trpc = useTRPC();
  const m = messages.events;
  const list = useQuery(homeNewsEventsQueries(trpc).nextEvents);
  return (
    <section>
      <h2>{m.homeHeading}</h2>
      {list.isPending ? (
        <InlineLoading label={m.homeLoading} />
      ) : list.isError ? (
        <InlineError label={m.homeError} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.length === 0 ? (
        <p>{m.homeEmpty}</p>
      ) : (
        <EventList events={list.data} headingLevel={3} />
      )}
      <p>
        <Link to="/evenements">{m.homeAll}</Link>
      </p>
    </section>
  );
}
