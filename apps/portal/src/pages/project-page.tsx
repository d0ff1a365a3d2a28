import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { ProjectIndicators } from "../components/project-indicators";
import { ProjectPlanTimeline } from "../components/project-plan-timeline";
import { Paragraphs } from "../components/paragraphs";
import { QueryPage } from "../components/query-state";
import { StatusTag } from "../components/status-tag";
import { formatDepartement, formatInstant, formatPeriod, instantDay } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";
import type { ProjectUpdate } from "../types";

const m = messages.projectPage;

export const projectPageQueries = ({ trpc, params }: RouteLoadContext) => ({
  project: trpc.project.queryOptions({ slug: params.slug ?? "" }),
  plan: trpc.projectPlan.queryOptions({ slug: params.slug ?? "" }),
  indicators: trpc.projectIndicators.queryOptions({ slug: params.slug ?? "" }),
});

export default function ProjectPage() {
  const trpc = useTRPC();
  const params = useParams();
  const project = useQuery(projectPageQueries({ trpc, params, search: new URLSearchParams() }).project);
  return (
    <QueryPage query={project} notFoundBody={messages.notFound.projectBody}>
      {(p) => {
        const communePath = `/communes/${p.communeInseeCode}`;
        const period = formatPeriod(p.startsOn, p.endsOn);
        return (
          <>
            <Breadcrumb
              items={[
                { label: messages.layout.navHome, to: "/" },
                { label: p.communeName, to: communePath },
                { label: p.title },
              ]}
            />
            <PageTitle title={p.title} description={m.description(p.title, p.communeName)} />
            {p.summary ? <p className="lead">{p.summary}</p> : null}

            <section>
              {/* Hidden heading: lets screen-reader users jump to the key facts like to any section. */}
              <h2 className="visually-hidden">{m.infoHeading}</h2>
              <dl className="facts">
                <div>
                  <dt>{messages.project.statusLabel}</dt>
                  <dd>
                    <StatusTag status={p.status} />
                  </dd>
                </div>
                <div>
                  <dt>{m.commune}</dt>
                  <dd>
                    <Link to={communePath}>{p.communeName}</Link>
                  </dd>
                </div>
                <div>
                  <dt>{m.departement}</dt>
                  <dd>{formatDepartement(p.departement)}</dd>
                </div>
                <div>
                  <dt>{m.territory}</dt>
                  <dd>{p.territoryName ?? m.territoryNone}</dd>
                </div>
                <div>
                  <dt>{m.programme}</dt>
                  <dd>
                    <Link to={`/programmes/${p.programmeSlug}`}>{p.programmeName}</Link>
                  </dd>
                </div>
                <div>
                  <dt>{m.edition}</dt>
                  <dd>{p.editionName ?? m.editionNone}</dd>
                </div>
                {period ? (
                  <div>
                    <dt>{m.period}</dt>
                    <dd>{period}</dd>
                  </div>
                ) : null}
              </dl>
            </section>

            <section className="prose">
              <h2>{m.descriptionHeading}</h2>
              {p.description.trim() ? <Paragraphs text={p.description} /> : <p>{m.descriptionEmpty}</p>}
            </section>

            <ProjectPlanTimeline slug={p.slug} />

            <ProjectIndicators slug={p.slug} communeName={p.communeName} />

            <Updates updates={p.updates} />

            <p>
              <Link to={communePath}>{m.otherProjects(p.communeName)}</Link>
            </p>
          </>
        );
      }}
    </QueryPage>
  );
}

function Updates({ updates }: { updates: ProjectUpdate[] }) {
  // The API already sorts; sorting again keeps "newest first" true whatever it returns.
  const sorted = [...updates].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  return (
    <section>
      <h2>{m.updatesHeading}</h2>
      {sorted.length === 0 ? (
        <p>{m.updatesEmpty}</p>
      ) : (
        <>
          <p className="hint">{m.updatesIntro}</p>
          <ol className="timeline" role="list">
            {sorted.map((u) => (
              <li key={u.id} className="timeline-item">
                <h3 className="timeline-title">{u.title}</h3>
                <p className="timeline-date">
                  <time dateTime={instantDay(u.publishedAt)}>
                    {messages.dates.published(formatInstant(u.publishedAt))}
                  </time>
                </p>
                <div className="prose">
                  <Paragraphs text={u.body} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
