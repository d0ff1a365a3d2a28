import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.guide;

export const guideChapterPageQueries = ({ trpc, params }: RouteLoadContext) => ({
  chapter: trpc.guideChapter.queryOptions({ slug: params.slug ?? "" }),
});

/** One chapter of the guide, with links to the previous and next ones in reading order. */
export default function GuideChapterPage() {
  const trpc = useTRPC();
  const params = useParams();
  const chapter = useQuery(guideChapterPageQueries({ trpc, params, search: new URLSearchParams() }).chapter);
  return (
    <QueryPage query={chapter} notFoundBody={m.notFoundBody}>
      {(c) => (
        <>
          <Breadcrumb
            items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title, to: "/guide" }, { label: c.title }]}
          />
          <article>
            <PageTitle title={c.title} description={c.summary || m.description} />
            {c.summary ? <p className="lead">{c.summary}</p> : null}
            <section className="prose">
              <h2 className="visually-hidden">{m.bodyHeading}</h2>
              {/* Rendered from Markdown and sanitised by the API: safe to insert as is. */}
              <div dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
            </section>
          </article>
          <nav aria-label={m.chapterNav} className="guide-pager">
            <ul role="list">
              {c.previous ? (
                <li>
                  {m.previous} <Link to={`/guide/${c.previous.slug}`}>{c.previous.title}</Link>
                </li>
              ) : null}
              {c.next ? (
                <li>
                  {m.next} <Link to={`/guide/${c.next.slug}`}>{c.next.title}</Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <p>
            <Link to="/guide">{m.backToGuide}</Link>
          </p>
        </>
      )}
    </QueryPage>
  );
}
