import { queryOptions, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { messages } from "../messages.fr";

const m = messages.apiDocumentation;

/**
 * docs/public-api.md, the file the tests check against the code, as HTML made at build time. It
 * is imported on demand, so its 30 KB stay out of every other page's first load; the server
 * loads it like any page's data, and hydration finds it in the page's initial state.
 */
const documentationQuery = queryOptions({
  queryKey: ["documentation-api"],
  queryFn: async () => (await import("../../../../docs/public-api.md")).default,
  staleTime: Infinity,
});

export const apiDocumentationPageQueries = () => ({ documentation: documentationQuery });

export default function ApiDocumentationPage() {
  const documentation = useQuery(documentationQuery);
  return (
    <>
      <Breadcrumb
        items={[
          { label: messages.layout.navHome, to: "/" },
          { label: messages.openData.title, to: "/donnees" },
          { label: m.title },
        ]}
      />
      <QueryPage query={documentation} notFoundBody={m.title}>
        {(html) => (
          <>
            <PageTitle title={m.title} description={m.description} />
            <p>
              <Link to="/donnees">{m.back}</Link>
            </p>
            <div className="prose api-documentation" dangerouslySetInnerHTML={{ __html: html }} />
          </>
        )}
      </QueryPage>
    </>
  );
}
