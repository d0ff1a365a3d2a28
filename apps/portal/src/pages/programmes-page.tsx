import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { Paragraphs } from "../components/paragraphs";
import { QueryPage } from "../components/query-state";
import { formatPeriod } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.programmes;

export const programmesPageQueries = ({ trpc }: RouteLoadContext) => ({ programmes: trpc.programmes.queryOptions() });

export default function ProgrammesPage() {
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.queryOptions());
  return (
    <QueryPage query={programmes} notFoundBody={messages.notFound.body}>
      {(list) => (
        <>
          <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.heading }]} />
          <PageTitle title={m.title} description={m.description}>
            {m.heading}
          </PageTitle>
          <p className="lead">{m.intro}</p>
          {list.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <ul className="card-list" role="list">
              {list.map((p) => {
                const period = formatPeriod(p.startsOn, p.endsOn);
                return (
                  <li key={p.slug} className="card card-accent">
                    <h2 className="card-title">
                      <Link to={`/programmes/${p.slug}`}>{p.name}</Link>
                    </h2>
                    <Paragraphs text={p.summary} className="card-summary" />
                    <ul className="meta-list" role="list">
                      <li>
                        {messages.labelPrefix(messages.programme.statusLabel)}
                        {messages.status.programme[p.status]}
                      </li>
                      {period ? (
                        <li>
                          {messages.labelPrefix(messages.programme.periodLabel)}
                          {period}
                        </li>
                      ) : null}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </QueryPage>
  );
}
