import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.guide;

export const guidePageQueries = ({ trpc }: RouteLoadContext) => ({ guide: trpc.guide.queryOptions() });

/** The guide's table of contents: published chapters in reading order. */
export default function GuidePage() {
  const trpc = useTRPC();
  const guide = useQuery(guidePageQueries({ trpc, params: {}, search: new URLSearchParams() }).guide);
  return (
    <QueryPage query={guide} notFoundBody={m.empty}>
      {(g) => (
        <>
          <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
          <PageTitle title={m.title} description={m.description} />
          <p className="lead">{m.intro}</p>
          {g.chapters.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <nav aria-labelledby="sommaire">
              <h2 id="sommaire">{m.tocHeading}</h2>
              <ol className="guide-toc">
                {g.chapters.map((c) => (
                  <li key={c.slug}>
                    <Link to={`/guide/${c.slug}`}>{c.title}</Link>
                    {c.summary ? <p>{c.summary}</p> : null}
                  </li>
                ))}
              </ol>
            </nav>
          )}
        </>
      )}
    </QueryPage>
  );
}
