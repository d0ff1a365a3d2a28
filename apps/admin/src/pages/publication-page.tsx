import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { publicationKindLabels, publicationStatusLabels, publicationTagSuggestions } from "@cvv/domain/labels";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { DataTable } from "../components/data-table";
import { CommunePicker } from "../components/commune-picker";
import { toUserError, type UserError } from "../lib/errors";
import type { Inputs, Outputs } from "../lib/api-types";
import { uploadFile, UploadRefused } from "../lib/uploads";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.publicationsAdmin;
type Detail = Outputs["publications"]["get"];
type Kind = Inputs["publications"]["create"]["kind"];
type Status = Detail["status"];
const kinds = Object.keys(publicationKindLabels) as Kind[];

const moveLabels: Record<string, string> = {
  "draft>review": "Soumettre à la relecture",
  "review>draft": "Renvoyer en brouillon",
  "review>scheduled": "Programmer",
  "review>published": "Publier",
  "scheduled>published": "Publier maintenant",
  "scheduled>draft": "Déprogrammer",
  "published>archived": "Archiver",
  "archived>draft": "Retravailler",
};

const splitList = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** A local date-time field's value as an ISO instant (the browser knows the time zone). */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);

function Announce({ text }: { text: string | null }) {
  return (
    <p role="status" className="status-message">
      {text}
    </p>
  );
}

/**
 * What the last save warned about. It sits outside the form, which is remounted on each new
 * version (a save, an image): the warning outlives the refetch that follows the save, and is
 * announced once, not again at each remount.
 */
function SaveWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="warning-summary" role="alert">
      <h2>{t.warningsTitle}</h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

function EditForm({
  publication,
  onSaved,
  onWarnings,
}: {
  publication: Detail;
  onSaved: (text: string) => void;
  onWarnings: (warnings: string[]) => void;
}) {
  const [error, setError] = useState<UserError | null>(null);
  const [body, setBody] = useState(publication.body);
  const [communeCodes, setCommuneCodes] = useState(publication.communes.map((c) => c.inseeCode));
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const [projectIds, setProjectIds] = useState(publication.projects.map((p) => p.id));
  const [previewBody, setPreviewBody] = useState<string | null>(null);
  const preview = useQuery({
    ...trpc.publications.preview.queryOptions({ body: previewBody ?? "" }),
    enabled: previewBody !== null,
  });
  const save = useMutation(
    trpc.publications.update.mutationOptions({
      onSuccess: async (saved) => {
        setError(null);
        onWarnings(saved.warnings);
        await queryClient.invalidateQueries({ queryKey: trpc.publications.get.queryKey({ id: publication.id }) });
        onSaved(t.saved);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    save.mutate({
      id: publication.id,
      version: publication.version,
      title: String(data.get("title") ?? ""),
      kind: String(data.get("kind")) as Kind,
      summary: String(data.get("summary") ?? ""),
      body,
      tags: splitList(String(data.get("tags") ?? "")),
      communeInseeCodes: communeCodes,
      projectIds,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        error={error}
        fields={{
          title: { id: "title", label: t.fields.title },
          summary: { id: "summary", label: t.fields.summary },
          body: { id: "body", label: t.fields.body },
          tags: { id: "tags", label: t.fields.tags },
          communeInseeCodes: { id: "communes", label: t.fields.communes },
        }}
        onReload={() =>
          void queryClient.invalidateQueries({ queryKey: trpc.publications.get.queryKey({ id: publication.id }) })
        }
      />
      <div className="field">
        <label htmlFor="title">{t.fields.title}</label>
        <input id="title" name="title" className="input" defaultValue={publication.title} required />
      </div>
      <div className="field">
        <label htmlFor="kind">{t.fields.kind}</label>
        <select id="kind" name="kind" className="select" defaultValue={publication.kind}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {publicationKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="summary">{t.fields.summary}</label>
        <textarea id="summary" name="summary" className="textarea" rows={3} defaultValue={publication.summary} />
      </div>
      <div className="field">
        <label htmlFor="body">{t.fields.body}</label>
        <p className="field__hint" id="body-hint">
          {t.fields.bodyHint}
        </p>
        <textarea
          id="body"
          name="body"
          className="textarea"
          rows={14}
          aria-describedby="body-hint"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <p>
        <button type="button" className="button button--secondary" onClick={() => setPreviewBody(body)}>
          {t.showPreview}
        </button>
      </p>
      {previewBody !== null && preview.data && (
        <section aria-labelledby="apercu" className="markdown-preview">
          <h2 id="apercu">{t.preview}</h2>
          {/* Rendered and sanitised by the server, as the portal will show it. */}
          <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
        </section>
      )}
      <div className="field">
        <label htmlFor="tags">{t.fields.tags}</label>
        <p className="field__hint" id="tags-hint">
          {t.fields.tagsHint}
          {publicationTagSuggestions.join(", ")}
        </p>
        <input
          id="tags"
          name="tags"
          className="input"
          aria-describedby="tags-hint"
          defaultValue={publication.tags.join(", ")}
        />
      </div>
      <CommunePicker
        id="communes"
        legend={t.fields.communes}
        communes={communes.data ?? []}
        selected={communeCodes}
        onChange={setCommuneCodes}
        error={error?.fieldErrors["communeInseeCodes"]}
      />
      <div className="field">
        <label htmlFor="projects">{t.fields.projects}</label>
        <p className="field__hint" id="projects-hint">
          {t.fields.projectsHint}
        </p>
        <select
          id="projects"
          name="projects"
          className="select"
          multiple
          size={6}
          aria-describedby="projects-hint"
          value={projectIds}
          onChange={(e) => setProjectIds(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          {(projects.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
        {t.save}
      </button>
    </form>
  );
}

function Workflow({ publication, onMoved }: { publication: Detail; onMoved: (text: string) => void }) {
  const [error, setError] = useState<UserError | null>(null);
  const move = useMutation(
    trpc.publications.transition.mutationOptions({
      onSuccess: async (moved) => {
        setError(null);
        await queryClient.invalidateQueries({ queryKey: trpc.publications.get.queryKey({ id: publication.id }) });
        onMoved(t.moved(publicationStatusLabels[moved.status]));
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const to = submitter?.value as Status | undefined;
    if (!to) return;
    const data = new FormData(event.currentTarget);
    move.mutate({
      id: publication.id,
      version: publication.version,
      to,
      publishAt: toInstant(String(data.get("publishAt") ?? "")),
      comment: String(data.get("comment") ?? "") || undefined,
    });
  };
  return (
    <section aria-labelledby="workflow">
      <h2 id="workflow">{t.workflow}</h2>
      <p>{t.currentStatus(publicationStatusLabels[publication.status])}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          error={error}
          fields={{
            publishAt: { id: "publishAt", label: t.fields.publishAt },
            comment: { id: "comment", label: t.fields.comment },
          }}
        />
        {publication.allowedMoves.includes("scheduled") && (
          <div className="field">
            <label htmlFor="publishAt">{t.fields.publishAt}</label>
            <input id="publishAt" name="publishAt" type="datetime-local" className="input" />
          </div>
        )}
        {publication.status === "review" && (
          <div className="field">
            <label htmlFor="comment">{t.fields.comment}</label>
            <textarea id="comment" name="comment" className="textarea" rows={3} />
          </div>
        )}
        <div className="button-row">
          {publication.allowedMoves.map((to) => (
            <button key={to} type="submit" name="to" value={to} className="button button--secondary">
              {moveLabels[`${publication.status}>${to}`] ?? publicationStatusLabels[to]}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

function Images({ publication, onChanged }: { publication: Detail; onChanged: (text: string) => void }) {
  const [error, setError] = useState<UserError | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.publications.get.queryKey({ id: publication.id }) });
  const add = useMutation(trpc.publications.addImage.mutationOptions());
  const update = useMutation(trpc.publications.updateImage.mutationOptions());
  const remove = useMutation(trpc.publications.removeImage.mutationOptions());
  const fail = (e: unknown) => setError(toUserError(e));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("image");
    const alt = String(data.get("alt") ?? "").trim();
    const fieldErrors: Record<string, string> = {};
    if (!(file instanceof File) || file.size === 0) fieldErrors["image"] = t.fileRequired;
    if (!alt) fieldErrors["alt"] = t.altRequired;
    if (Object.keys(fieldErrors).length > 0) {
      setError({ code: "BAD_REQUEST", message: Object.values(fieldErrors)[0]!, fieldErrors });
      return;
    }
    try {
      const stored = await uploadFile(file as File, "image", t.uploadFailed);
      await add.mutateAsync({
        publicationId: publication.id,
        fileId: stored.id,
        alt,
        caption: String(data.get("caption") ?? ""),
      });
      setError(null);
      form.reset();
      await refresh();
      onChanged(t.imageAdded);
    } catch (e) {
      if (e instanceof UploadRefused)
        setError({ code: "BAD_REQUEST", message: e.message, fieldErrors: { image: e.message } });
      else fail(e);
    }
  };
  return (
    <section aria-labelledby="images">
      <h2 id="images">{t.images}</h2>
      <ErrorSummary
        error={error}
        fields={{
          image: { id: "image", label: t.imageFile },
          alt: { id: "alt", label: t.imageAlt },
          fileId: { id: "image", label: t.imageFile },
        }}
      />
      {publication.images.length === 0 ? (
        <p>{t.noImages}</p>
      ) : (
        <ul className="image-list">
          {publication.images.map((image) => (
            <li key={image.id}>
              <img src={`/api/images/${image.id}`} alt={image.alt} width={160} />
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const data = new FormData(event.currentTarget);
                  update.mutate(
                    { id: image.id, alt: String(data.get("alt") ?? ""), caption: String(data.get("caption") ?? "") },
                    {
                      onSuccess: async () => {
                        setError(null);
                        await refresh();
                        onChanged(t.saved);
                      },
                      onError: fail,
                    },
                  );
                }}
              >
                <div className="field">
                  <label htmlFor={`alt-${image.id}`}>{t.imageAlt}</label>
                  <input id={`alt-${image.id}`} name="alt" className="input" defaultValue={image.alt} required />
                </div>
                <div className="field">
                  <label htmlFor={`caption-${image.id}`}>{t.imageCaption}</label>
                  <input id={`caption-${image.id}`} name="caption" className="input" defaultValue={image.caption} />
                </div>
                <button type="submit" className="button button--secondary">
                  {t.updateImage}
                </button>{" "}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    remove.mutate(
                      { id: image.id },
                      {
                        onSuccess: async () => {
                          await refresh();
                          onChanged(t.saved);
                        },
                        onError: fail,
                      },
                    )
                  }
                >
                  {t.removeImage}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="image">{t.imageFile}</label>
          <input id="image" name="image" type="file" accept="image/png,image/jpeg,image/webp" />
        </div>
        <div className="field">
          <label htmlFor="alt">{t.imageAlt}</label>
          <p className="field__hint" id="alt-hint">
            {t.imageAltHint}
          </p>
          <input id="alt" name="alt" className="input" required aria-describedby="alt-hint" />
        </div>
        <div className="field">
          <label htmlFor="caption">{t.imageCaption}</label>
          <input id="caption" name="caption" className="input" />
        </div>
        <button type="submit" className="button">
          {t.addImage}
        </button>
      </form>
    </section>
  );
}

function Versions({ publication, onRestored }: { publication: Detail; onRestored: (text: string) => void }) {
  const restore = useMutation(
    trpc.publications.restoreVersion.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.publications.get.queryKey({ id: publication.id }) });
        onRestored(t.restored);
      },
    }),
  );
  const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t.versions}</h2>
      <DataTable caption={t.versionsCaption} columns={t.versionColumns}>
        {publication.versions.map((v, index) => (
          <tr key={v.id}>
            <th scope="row">{v.number}</th>
            <td>{v.title}</td>
            <td>{v.authorName ?? t.unknownAuthor}</td>
            <td>{date.format(new Date(v.createdAt))}</td>
            <td>
              {index > 0 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => restore.mutate({ id: publication.id, version: publication.version, versionId: v.id })}
                >
                  {t.restore(v.number)}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** One publication: its text with a preview, images with their alternative, workflow and versions. */
export function PublicationPage() {
  const { id = "" } = useParams();
  // Another publication starts afresh: no announcement nor warning carried over.
  return <PublicationView key={id} id={id} />;
}

function PublicationView({ id }: { id: string }) {
  const detail = useQuery(trpc.publications.get.queryOptions({ id }));
  const [announce, setAnnounce] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  return (
    <>
      <PageHeading title={detail.data?.title ?? t.title} ready={!detail.isPending} />
      <p>
        <Link to="/publications">{t.back}</Link>
      </p>
      <Announce text={announce} />
      <QueryBoundary query={detail}>
        {(publication) => (
          <>
            <SaveWarnings warnings={warnings} />
            <EditForm
              key={publication.version}
              publication={publication}
              onSaved={setAnnounce}
              onWarnings={setWarnings}
            />
            <Images publication={publication} onChanged={setAnnounce} />
            <Workflow publication={publication} onMoved={setAnnounce} />
            <Versions
              publication={publication}
              onRestored={(text) => {
                // The warnings were about the text just replaced.
                setWarnings([]);
                setAnnounce(text);
              }}
            />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
