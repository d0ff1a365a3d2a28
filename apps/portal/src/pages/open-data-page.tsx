import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";

const m = messages.openData;

/** The catalogue's addresses are absolute (for reusers); on the site a path is enough and survives any host name. */
function sitePath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

export const openDataPageQueries = ({ trpc }: RouteLoadContext) => ({ catalogue: trpc.openData.queryOptions() });

export default function OpenDataPage() {
  const trpc = useTRPC();
  const catalogue = useQuery(trpc.openData.queryOptions());
  return (
    <QueryPage query={catalogue} notFoundBody={messages.notFound.body}>
      {(data) => (
        <>
          <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
          <PageTitle title={m.title} description={m.description} />
          <p className="lead">{m.intro}</p>

          <div className="prose">
            <h2>{m.licenceHeading}</h2>
            <p>
              {m.licenceBefore}
              <a href={data.licence.url} hrefLang="fr">
                {m.licenceLink}
              </a>
              {m.licenceAfter}
            </p>
            <p>{m.contentNote}</p>

            <h2>{m.apiHeading}</h2>
            <p>{m.apiIntro}</p>
            <p>
              <code>{m.apiPattern}</code>
            </p>
            <p>{m.apiFilters}</p>
            <p>{m.apiStability}</p>
            <p>{m.apiRateLimit}</p>
            <p>
              {m.catalogueBefore}
              <a href="/api/v1/catalogue.json" type="application/json">
                {m.catalogueLink}
              </a>
              {m.catalogueAfter}
            </p>
            <p>
              {m.documentationBefore}
              <Link to="/donnees/api">{m.documentationLink}</Link>
              {m.documentationAfter}
            </p>
          </div>

          {data.datasets.length === 0 ? <p>{m.empty}</p> : null}
          {data.datasets.map((dataset) => (
            <section key={dataset.identifier} aria-labelledby={`jeu-${dataset.identifier}`} className="prose">
              <h2 id={`jeu-${dataset.identifier}`}>{dataset.title}</h2>
              <p>{dataset.description}</p>
              <ul aria-label={m.downloadsLabel(dataset.title)}>
                {dataset.distributions.map((distribution) => (
                  <li key={distribution.downloadURL}>
                    <a href={sitePath(distribution.downloadURL)} type={distribution.mediaType} download>
                      {distribution.title}
                      <span className="visually-hidden">{m.ofDataset(dataset.title)}</span>
                    </a>
                  </li>
                ))}
              </ul>
              {dataset.filters.length > 0 ? (
                <>
                  <h3>{m.filtersHeading}</h3>
                  <ul>
                    {dataset.filters.map((filter) => (
                      <li key={filter.name}>
                        <code>{filter.name}</code>
                        {messages.labelPrefix("")}
                        {filter.description}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="chart-table">
                <table>
                  <caption>{m.fieldsCaption(dataset.title)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.fieldName}</th>
                      <th scope="col">{m.fieldType}</th>
                      <th scope="col">{m.fieldMeaning}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dataset.fields.map((field) => (
                      <tr key={field.name}>
                        <th scope="row">
                          <code>{field.name}</code>
                        </th>
                        <td>{field.type}</td>
                        <td>{field.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </QueryPage>
  );
}
