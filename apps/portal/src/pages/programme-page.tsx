import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { Paragraphs } from "../components/paragraphs";
import { ProjectList } from "../components/project-list";
import { QueryPage } from "../components/query-state";
import { formatPeriod } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";
import type { Edition } from "../types";
import { AnnualReportLinks, annualReportsQuery } from "./annual-report-page";

const m = messages.programme;

export const programmePageQueries = ({ trpc, params }: RouteLoadContext) => ({
  programme: trpc.programme.queryOptions({ slug: params.slug ?? "" }),
  annualReports: annualReportsQuery(trpc, params.slug ?? ""),
});

export default function ProgrammePage() {
  const trpc = useTRPC();
  const params = useParams();
  const programme = useQuery(programmePageQueries({ trpc, params, search: new URLSearchParams() }).programme);
  return (
    <QueryPage query={programme} notFoundBody={messages.notFound.programmeBody}>
      {(p) => {
        const period = formatPeriod(p.startsOn, p.endsOn);
        const editions = [...p.editions].sort((a, b) => b.year - a.year);
        return (
          <>
            <Breadcrumb
              items={[
                { label: messages.layout.navHome, to: "/" },
                { label: messages.programmes.heading, to: "/programmes" },
                { label: p.name },
              ]}
            />
            <PageTitle title={m.documentTitle(p.name)} description={m.description(p.name)}>
              {p.name}
            </PageTitle>
            <Paragraphs text={p.summary} className="lead" />
            <dl className="facts">
              <div>
                <dt>{m.statusLabel}</dt>
                <dd>{messages.status.programme[p.status]}</dd>
              </div>
              {period ? (
                <div>
                  <dt>{m.periodLabel}</dt>
                  <dd>{period}</dd>
                </div>
              ) : null}
            </dl>

            {p.objectives ? (
              <section className="prose">
                <h2>{m.objectivesHeading}</h2>
                <Paragraphs text={p.objectives} />
              </section>
            ) : null}

            <section>
              <h2>{m.editionsHeading}</h2>
              {editions.length === 0 ? (
                <p>{m.editionsEmpty}</p>
              ) : (
                <ul className="card-list card-grid" role="list">
                  {editions.map((e) => (
                    <EditionCard key={`${e.year}-${e.name}`} edition={e} />
                  ))}
                </ul>
              )}
            </section>

            <section>
              <h2>{m.projectsHeading(p.projects.length)}</h2>
              {p.projects.length === 0 ? (
                <p>{m.projectsEmpty}</p>
              ) : (
                <ProjectList projects={p.projects} headingLevel={3} showCommune grid />
              )}
            </section>

            <AnnualReportLinks programmeSlug={p.slug} />
          </>
        );
      }}
    </QueryPage>
  );
}

function EditionCard({ edition }: { edition: Edition }) {
  const dates = formatPeriod(edition.opensOn, edition.closesOn) ?? m.editionDatesUnknown;
  return (
    <li className="card">
      <h3 className="card-title">{edition.name}</h3>
      <dl className="facts facts-compact">
        <div>
          <dt>{messages.labelPrefix(m.editionYear)}</dt>
          <dd>{edition.year}</dd>
        </div>
        <div>
          <dt>{messages.labelPrefix(m.editionDates)}</dt>
          <dd>{dates}</dd>
        </div>
        <div>
          <dt>{messages.labelPrefix(m.editionStatus)}</dt>
          <dd>{messages.status.edition[edition.status]}</dd>
        </div>
      </dl>
    </li>
  );
}
