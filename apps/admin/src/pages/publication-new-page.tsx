import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { publicationKindLabels } from "@cvv/domain/labels";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { toUserError, type UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import type { Inputs } from "../lib/api-types";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.publicationsAdmin;
type Kind = Inputs["publications"]["create"]["kind"];
const kinds = Object.keys(publicationKindLabels) as Kind[];

/** A new publication starts as a draft: title and type, the rest on its own page. */
export function PublicationNewPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<UserError | null>(null);
  const create = useMutation(
    trpc.publications.create.mutationOptions({
      onSuccess: async ({ publication, warnings }) => {
        const to = `/publications/${publication.id}`;
        showFlash([t.created, ...warnings].join(" "), to);
        await navigate(to);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    create.mutate({
      title: String(data.get("title") ?? ""),
      kind: String(data.get("kind")) as Kind,
      summary: String(data.get("summary") ?? ""),
      body: String(data.get("body") ?? ""),
    });
  };
  return (
    <>
      <PageHeading title={t.newTitle} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          error={error}
          fields={{
            title: { id: "title", label: t.fields.title },
            kind: { id: "kind", label: t.fields.kind },
            summary: { id: "summary", label: t.fields.summary },
            body: { id: "body", label: t.fields.body },
          }}
        />
        <div className="field">
          <label htmlFor="title">{t.fields.title}</label>
          <input
            id="title"
            name="title"
            className="input"
            required
            aria-invalid={error?.fieldErrors["title"] ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="kind">{t.fields.kind}</label>
          <select id="kind" name="kind" className="select">
            {kinds.map((k) => (
              <option key={k} value={k}>
                {publicationKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="summary">{t.fields.summary}</label>
          <textarea id="summary" name="summary" className="textarea" rows={3} />
        </div>
        <div className="field">
          <label htmlFor="body">{t.fields.body}</label>
          <p className="field__hint" id="body-hint">
            {t.fields.bodyHint}
          </p>
          <textarea id="body" name="body" className="textarea" rows={12} aria-describedby="body-hint" />
        </div>
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {t.create}
        </button>
      </form>
    </>
  );
}
