import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { toUserError, type UserError } from "../lib/errors";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.reports;

interface Section {
  id: string;
  key: string;
  title: string;
  body: string;
  version: number;
}

function SectionForm({ reportId, section }: { reportId: string; section: Section }) {
  const update = useMutation(trpc.reports.updateSection.mutationOptions());
  const [title, setTitle] = useState(section.title);
  const [body, setBody] = useState(section.body);
  const [version, setVersion] = useState(section.version);
  const [saved, setSaved] = useState<string | null>(null);
  const { error, pending, send } = useSending();
  const fields = formFields(`partie-${section.key}`, { title: t.sectionTitle, body: t.sectionBody });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    void send("send", clientErrors({ title: !title.trim() && messages.reports.sectionTitle }), async () => {
      const written = await update.mutateAsync({ reportId, key: section.key, title, body, version });
      setVersion(written.version);
      setSaved(t.sectionSaved(written.title));
      await queryClient.invalidateQueries(trpc.reports.get.queryFilter({ id: reportId }));
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={`partie-${section.key}-titre`} className="report-section">
      <h3 id={`partie-${section.key}-titre`}>{section.title}</h3>
      <ErrorSummary error={error} fields={fields.summary} />
      <TextField
        id={fields.id("title")}
        label={t.sectionTitle}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldMessage(error, "title")}
      />
      <TextAreaField
        id={fields.id("body")}
        label={t.sectionBody}
        rows={8}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={fieldMessage(error, "body")}
      />
      <div className="form-actions">
        <button type="submit" className="button button--secondary" aria-disabled={pending !== null}>
          {t.saveSection}
        </button>
        <p role="status" className="form-status">
          {saved}
        </p>
      </div>
    </form>
  );
}

interface Generation {
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  step: string;
  error: string | null;
}

const running = (g: Generation | null | undefined) => g?.status === "queued" || g?.status === "running";

/** The progress bar of the last generation, announced as it moves (live region), and its outcome. */
function GenerationProgress({ generation, started }: { generation: Generation | null; started: boolean }) {
  if (!generation) return null;
  const text = running(generation)
    ? t.progress(generation.step || t.generating, generation.progress)
    : generation.status === "done"
      ? started
        ? t.generationDone
        : null
      : `${t.generationFailed} ${generation.error ?? ""}`;
  return (
    <div className="report-progress">
      {running(generation) && (
        <>
          <p id="generation-libelle">{t.progressLabel}</p>
          <progress aria-labelledby="generation-libelle" max={100} value={generation.progress}>
            {generation.progress} %
          </progress>
        </>
      )}
      <p role={generation.status === "failed" ? "alert" : "status"}>{text}</p>
    </div>
  );
}

function Generate({ reportId, generation }: { reportId: string; generation: Generation | null }) {
  const generate = useMutation(trpc.reports.generate.mutationOptions());
  const [started, setStarted] = useState(false);
  const [error, setError] = useState<UserError | null>(null);

  async function onClick() {
    if (running(generation)) return;
    setError(null);
    try {
      await generate.mutateAsync({ id: reportId });
      setStarted(true);
      await queryClient.invalidateQueries(trpc.reports.get.queryFilter({ id: reportId }));
    } catch (err) {
      setError(toUserError(err));
    }
  }

  return (
    <section aria-labelledby="generer-titre">
      <h2 id="generer-titre">{t.generateTitle}</h2>
      <p>{t.generateIntro}</p>
      {error && (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={running(generation)}
        onClick={() => void onClick()}
      >
        {running(generation) ? t.generating : t.generate}
      </button>
      <GenerationProgress generation={generation} started={started} />
    </section>
  );
}

interface Snapshot {
  id: string;
  number: number;
  createdAt: string;
  pdfFileId: string | null;
  docxFileId: string | null;
}

function Snapshots({
  report,
  snapshots,
}: {
  report: { id: string; version: number; publishedSnapshotId: string | null; programmeSlug: string; year: number };
  snapshots: Snapshot[];
}) {
  const publish = useMutation(trpc.reports.publish.mutationOptions());
  const [error, setError] = useState<UserError | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onPublish(snapshot: Snapshot) {
    setError(null);
    try {
      await publish.mutateAsync({ id: report.id, snapshotId: snapshot.id, version: report.version });
      setDone(t.publishedFlash(snapshot.number));
      await queryClient.invalidateQueries(trpc.reports.get.queryFilter({ id: report.id }));
      await queryClient.invalidateQueries(trpc.reports.list.queryFilter());
    } catch (err) {
      setError(toUserError(err));
    }
  }
  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  return (
    <section aria-labelledby="versions-titre">
      <h2 id="versions-titre">{t.snapshotsTitle}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      )}
      <p role="status" tabIndex={-1} ref={statusRef}>
        {done}
        {done && report.publishedSnapshotId && (
          <>
            {" "}
            <a href={`/bilans/${report.programmeSlug}/${report.year}`}>{t.portalLink}</a>
          </>
        )}
      </p>
      {snapshots.length === 0 ? (
        <p>{t.snapshotsEmpty}</p>
      ) : (
        <DataTable
          caption={t.snapshotsCaption(snapshots.length)}
          columns={[t.colVersion, t.colDate, t.colFiles, t.colPublication]}
        >
          {snapshots.map((snapshot) => (
            <tr key={snapshot.id}>
              <th scope="row">{t.version(snapshot.number)}</th>
              <td>{formatDateTime(snapshot.createdAt)}</td>
              <td>
                <ul className="inline-list">
                  {snapshot.pdfFileId && (
                    <li>
                      <a href={`/api/reports/${snapshot.id}.pdf`} download>
                        {t.downloadPdf(snapshot.number)}
                      </a>
                    </li>
                  )}
                  {snapshot.docxFileId && (
                    <li>
                      <a href={`/api/reports/${snapshot.id}.docx`} download>
                        {t.downloadDocx(snapshot.number)}
                      </a>
                    </li>
                  )}
                </ul>
              </td>
              <td>
                {report.publishedSnapshotId === snapshot.id ? (
                  <strong>{t.published}</strong>
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => void onPublish(snapshot)}>
                    {t.publish(snapshot.number)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** One annual report: its texts, its generations (with progress) and versions, its publication. */
export function ReportPage() {
  const { id = "" } = useParams();
  const detail = useQuery({
    ...trpc.reports.get.queryOptions({ id }),
    // While a generation runs, its progress is asked for every second.
    refetchInterval: (query) => (running(query.state.data?.generation) ? 1000 : false),
  });
  const title = detail.data?.report.title ?? t.title;

  useEffect(() => {
    // A finished generation brings a new version: the list of reports shows its count.
    if (detail.data?.generation?.status === "done") void queryClient.invalidateQueries(trpc.reports.list.queryFilter());
  }, [detail.data?.generation?.status]);

  return (
    <>
      <PageHeading title={title} ready={!detail.isPending} />
      <QueryBoundary query={detail}>
        {({ report, sections, snapshots, generation }) => (
          <>
            <p>
              {report.programmeName} — {report.year} — {t.status[report.status]}
            </p>
            <Generate reportId={report.id} generation={generation} />
            <Snapshots report={report} snapshots={snapshots} />
            <section aria-labelledby="textes-titre">
              <h2 id="textes-titre">{t.sectionsTitle}</h2>
              <p>{t.sectionsIntro}</p>
              {sections.map((section) => (
                <SectionForm key={section.id} reportId={report.id} section={section} />
              ))}
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
