import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { LinkedProjects } from "../components/linked-projects";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { formatInstant, instantDay } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";
import { TagList } from "./publications-page";

const m = messages.publications;

export const publicationPageQueries = ({ trpc, params }: RouteLoadContext) => ({
  publication: trpc.publication.queryOptions({ slug: params.slug ?? "" }),
});

export default function PublicationPage() {
  const trpc = useTRPC();
  const params = useParams();
  const publication = useQuery(publicationPageQueries({ trpc, params, search: new URLSearchParams() }).publication);
  return (
    <QueryPage query={publication} notFoundBody={m.notFoundBody}>
      {(p) => (
        <>
          <Breadcrumb
            items={[
              { label: messages.layout.navHome, to: "/" },
              { label: m.title, to: "/actualites" },
              { label: p.title },
            ]}
          />
          <article>
            <PageTitle title={p.title} description={p.summary || m.description} />
            <ul className="meta-list meta-list-lead" role="list">
              <li>{m.kinds[p.kind]}</li>
              <li>
                <time dateTime={instantDay(p.publishedAt)}>{m.published(formatInstant(p.publishedAt))}</time>
              </li>
            </ul>
            {p.archived ? (
              <p className="notice notice-warning">
                <strong>{m.archivedNotice}</strong>
              </p>
            ) : null}
            {p.summary ? <p className="lead">{p.summary}</p> : null}
            <TagList tags={p.tags} />

            {p.bodyHtml ? (
              <section className="prose">
                <h2 className="visually-hidden">{m.bodyHeading}</h2>
                {/* Rendered from Markdown and sanitised by the API (allow-listed tags, no script, no
                  event handler, http/https/mailto links only): safe to insert as is. */}
                <div dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
              </section>
            ) : null}

            {p.images.length > 0 ? (
              <section>
                <h2 className="visually-hidden">{messages.publicationImages.heading}</h2>
                {p.images.map((image) => (
                  <figure key={image.url} className="publication-figure">
                    <img src={image.url} alt={image.alt} loading="lazy" />
                    {image.caption ? <figcaption>{image.caption}</figcaption> : null}
                  </figure>
                ))}
              </section>
            ) : null}

            {p.communes.length > 0 ? (
              <section>
                <h2>{m.communesHeading}</h2>
                <ul className="inline-list" role="list">
                  {p.communes.map((c) => (
                    <li key={c.inseeCode}>
                      {c.hasPage ? <Link to={`/communes/${c.inseeCode}`}>{c.name}</Link> : c.name}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            <LinkedProjects projects={p.projects} />
          </article>
          <p>
            <Link to="/actualites">{m.backToList}</Link>
          </p>
        </>
      )}
    </QueryPage>
  );
}
