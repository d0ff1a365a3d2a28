import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { EventRegistrationForm } from "../components/event-registration-form";
import { LinkedProjects } from "../components/linked-projects";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { eventWhen } from "../event-dates";
import { useOrigin } from "../head";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC, type PortalTRPC } from "../trpc";

const m = messages.events;

type EventDetail = inferOutput<PortalTRPC["event"]>;

export const eventPageQueries = ({ trpc, params }: RouteLoadContext) => ({
  event: trpc.event.queryOptions({ slug: params.slug ?? "" }),
});

/**
 * schema.org's Event, for search engines and calendar assistants. Inside a <script> element "<"
 * is escaped as \u003c: a title holding "</script>" cannot end the element early.
 */
function eventJsonLd(e: EventDetail, url: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.title,
    description: e.summary || undefined,
    startDate: e.startsAt,
    endDate: e.endsAt,
    eventStatus: e.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: e.place || e.communeName || undefined,
      address: e.address || e.communeName || undefined,
    },
    organizer: { "@type": "Organization", name: messages.publisher },
    url,
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export default function EventPage() {
  const trpc = useTRPC();
  const params = useParams();
  const event = useQuery(eventPageQueries({ trpc, params, search: new URLSearchParams() }).event);
  const origin = useOrigin();
  return (
    <QueryPage query={event} notFoundBody={m.notFoundBody}>
      {(e) => {
        const when = eventWhen(e.startsAt, e.endsAt);
        const path = `/evenements/${e.slug}`;
        return (
          <>
            <Breadcrumb
              items={[
                { label: messages.layout.navHome, to: "/" },
                { label: m.title, to: "/evenements" },
                { label: e.title },
              ]}
            />
            <article>
              <PageTitle title={e.title} description={m.documentDescription(e.title, when)} />
              {e.status === "cancelled" ? (
                <p className="notice notice-warning" role="note">
                  <strong>{m.cancelledNotice}</strong>
                </p>
              ) : null}
              {e.summary ? <p className="lead">{e.summary}</p> : null}

              <section>
                <h2 className="visually-hidden">{m.infoHeading}</h2>
                <dl className="facts">
                  <div>
                    <dt>{m.when}</dt>
                    <dd>
                      <time dateTime={e.startsAt}>{when}</time>
                      {e.status === "cancelled" ? <> ({m.cancelled})</> : null}
                    </dd>
                  </div>
                  <div>
                    <dt>{m.kind}</dt>
                    <dd>{m.kinds[e.kind]}</dd>
                  </div>
                  {e.place ? (
                    <div>
                      <dt>{m.place}</dt>
                      <dd>{e.place}</dd>
                    </div>
                  ) : null}
                  {e.address ? (
                    <div>
                      <dt>{m.address}</dt>
                      <dd>{e.address}</dd>
                    </div>
                  ) : null}
                  {e.communeName ? (
                    <div>
                      <dt>{m.commune}</dt>
                      <dd>
                        {e.communeHasPage && e.communeInseeCode ? (
                          <Link to={`/communes/${e.communeInseeCode}`}>{e.communeName}</Link>
                        ) : (
                          e.communeName
                        )}
                      </dd>
                    </div>
                  ) : null}
                  {e.capacity ? (
                    <div>
                      <dt>{m.capacity}</dt>
                      <dd>{m.capacityValue(e.capacity)}</dd>
                    </div>
                  ) : null}
                </dl>
              </section>

              {e.status !== "cancelled" ? (
                <p>
                  {/* The server serves the file: a plain link, downloaded by the browser. */}
                  <a href={`${path}.ics`} type="text/calendar" className="button button-secondary">
                    {m.addToCalendar}
                  </a>
                </p>
              ) : null}

              {e.descriptionHtml ? (
                <section className="prose">
                  <h2>{m.descriptionHeading}</h2>
                  {/* Rendered from Markdown and sanitised by the API: safe to insert as is. */}
                  <div dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />
                </section>
              ) : null}

              <EventRegistrationForm slug={e.slug} placesLeft={e.placesLeft} registrationOpen={e.registrationOpen} />

              <LinkedProjects projects={e.projects} />
            </article>
            <p>
              <Link to="/evenements">{m.backToList}</Link>
            </p>
            <script
              type="application/ld+json"
              // JSON, not code: the browser never runs it, and "<" is escaped inside.
              dangerouslySetInnerHTML={{ __html: eventJsonLd(e, `${origin}${path}`) }}
            />
          </>
        );
      }}
    </QueryPage>
  );
}
