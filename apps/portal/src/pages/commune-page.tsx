import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { NotFoundContent } from "../components/not-found-content";
import { PageTitle } from "../components/page-title";
import { CommuneFigures } from "../components/commune-figures";
import { ProjectList } from "../components/project-list";
import { QueryPage } from "../components/query-state";
import { formatDepartement } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.commune;

export const communePageQueries = ({ trpc, params }: RouteLoadContext) => ({
  projects: trpc.projects.queryOptions({ communeInseeCode: params.inseeCode ?? "" }),
  figures: trpc.communeIndicators.queryOptions({ inseeCode: params.inseeCode ?? "" }),
});

export default function CommunePage() {
  const trpc = useTRPC();
  const params = useParams();
  const projects = useQuery(communePageQueries({ trpc, params, search: new URLSearchParams() }).projects);
  return (
    <QueryPage query={projects} notFoundBody={messages.notFound.communeBody}>
      {(list) => {
        // The API has no commune procedure: a commune is known here through its published projects.
        const first = list[0];
        if (!first) return <NotFoundContent body={messages.notFound.communeBody} />;
        return (
          <>
            <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: first.communeName }]} />
            <PageTitle title={first.communeName} description={m.description(first.communeName)} />
            <ul className="meta-list meta-list-lead" role="list">
              <li>{formatDepartement(first.departement)}</li>
              {first.territoryName ? <li>{m.territory(first.territoryName)}</li> : null}
              <li>{m.inseeCode(first.communeInseeCode)}</li>
            </ul>
            <section>
              <h2>{m.projectsHeading(list.length)}</h2>
              <ProjectList projects={list} headingLevel={3} grid />
            </section>
            <CommuneFigures inseeCode={first.communeInseeCode} communeName={first.communeName} />
          </>
        );
      }}
    </QueryPage>
  );
}
