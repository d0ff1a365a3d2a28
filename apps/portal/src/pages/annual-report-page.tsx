import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { QueryPage } from "../components/query-state";
import { formatInstant, instantDay } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC, type PortalTRPC } from "../trpc";

const m = messages.annualReport;

const yearOf = (value: string | undefined) => (value && /^\d{4}$/.test(value) ? Number(value) : 0);

export const annualReportPageQueries = ({ trpc, params }: RouteLoadContext) => ({
  report: trpc.annualReport.queryOptions({ programmeSlug: params.programme ?? "", year: yearOf(params.year) }),
});

/** A published annual report: the snapshot chosen by the officers, as in its PDF. */
export default function AnnualReportPage() {
  const trpc = useTRPC();
  const params = useParams();
  const report = useQuery(annualReportPageQueries({ trpc, params, search: new URLSearchParams() }).report);
  return (
    <QueryPage query={report} notFoundBody={m.notFoundBody}>
      {(r) => (
        <>
          <Breadcrumb
            items={[
              { label: messages.layout.navHome, to: "/" },
              { label: r.programmeName, to: `/programmes/${r.programmeSlug}` },
              { label: r.title },
            ]}
          />
          <article className="annual-report">
            <PageTitle title={r.title} description={m.description(r.year, r.programmeName)} />
            <ul className="meta-list meta-list-lead" role="list">
              <li>{m.figuresOf(formatInstant(r.generatedAt), r.snapshotNumber)}</li>
              {r.publishedAt ? (
                <li>
                  <time dateTime={instantDay(r.publishedAt)}>{m.published(formatInstant(r.publishedAt))}</time>
                </li>
              ) : null}
            </ul>
            <p>
              <a href={r.pdfUrl} type="application/pdf">
                {m.downloadPdf(r.year)}
              </a>
            </p>
            {/* Rendered by the API from the report's template: figures escaped, narrative Markdown
              sanitised (allow-listed tags only); the same content as the PDF. */}
            <div className="prose annual-report-body" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
          </article>
          <p>
            <Link to={`/programmes/${r.programmeSlug}`}>{m.backToProgramme(r.programmeName)}</Link>
          </p>
        </>
      )}
    </QueryPage>
  );
}

export const annualReportsQuery = (trpc: PortalTRPC, programmeSlug: string) =>
  trpc.annualReports.queryOptions({ programmeSlug });

/** The published reports of a programme, for its page; nothing at all when there is none. */
export function AnnualReportLinks({ programmeSlug }: { programmeSlug: string }) {
  const trpc = useTRPC();
  const reports = useQuery(annualReportsQuery(trpc, programmeSlug));
  if (!reports.data || reports.data.length === 0) return null;
  return (
    <section>
      <h2>{m.listHeading}</h2>
      <ul role="list" className="link-list">
        {reports.data.map((r) => (
          <li key={r.year}>
            <Link to={`/bilans/${r.programmeSlug}/${r.year}`}>{r.title}</Link> (
            <a href={r.pdfUrl} type="application/pdf">
              {m.pdfShort(r.year)}
            </a>
            )
          </li>
        ))}
      </ul>
    </section>
  );
}
