import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { guideChapterStatusLabels } from "@cvv/domain/labels";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { useCurrentUser } from "../components/current-user";
import { toUserError, type UserError } from "../lib/errors";
import { isStaff } from "../lib/permissions";
import type { Outputs } from "../lib/api-types";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { ProposalsTable } from "./guide-page";

const t = messages.guideAdmin;
type Chapter = Outputs["guide"]["chapter"];

/**
 * One chapter. Officers edit it (Markdown) and publish it; partners write a proposal from the same
 * form, which officers then accept or decline.
 */
function ChapterForm({ chapter, staff, onDone }: { chapter: Chapter; staff: boolean; onDone: (text: string) => void }) {
  const navigate = useNavigate();
  const [error, setError] = useState<UserError | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.guide.chapter.queryKey({ id: chapter.id }) });
  const update = useMutation(
    trpc.guide.updateChapter.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
        onDone(t.saved);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const propose = useMutation(
    trpc.guide.propose.mutationOptions({
      onSuccess: async (proposal) => {
        await queryClient.invalidateQueries({ queryKey: trpc.guide.proposals.queryKey() });
        await navigate(`/guide/propositions/${proposal.id}`);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const publish = useMutation(
    trpc.guide.publish.mutationOptions({
      onSuccess: async (c) => {
        await refresh();
        onDone(guideChapterStatusLabels[c.status]);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const title = String(data.get("title") ?? "");
    const body = String(data.get("body") ?? "");
    if (staff) {
      update.mutate({
        id: chapter.id,
        version: chapter.version,
        title,
        body,
        summary: String(data.get("summary") ?? ""),
      });
    } else {
      propose.mutate({
        chapterId: chapter.id,
        baseVersion: chapter.version,
        proposedTitle: title,
        proposedBody: body,
        comment: String(data.get("comment") ?? ""),
      });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        error={error}
        fields={{
          title: { id: "title", label: t.fields.title },
          proposedTitle: { id: "title", label: t.fields.title },
          body: { id: "body", label: t.fields.body },
          proposedBody: { id: "body", label: t.fields.body },
          comment: { id: "comment", label: t.fields.comment },
        }}
        onReload={() => void refresh()}
      />
      {!staff && <p>{t.proposeIntro}</p>}
      <div className="field">
        <label htmlFor="title">{t.fields.title}</label>
        <input id="title" name="title" className="input" defaultValue={chapter.title} required />
      </div>
      {staff && (
        <div className="field">
          <label htmlFor="summary">{t.fields.summary}</label>
          <textarea id="summary" name="summary" className="textarea" rows={2} defaultValue={chapter.summary} />
        </div>
      )}
      <div className="field">
        <label htmlFor="body">{t.fields.body}</label>
        <textarea id="body" name="body" className="textarea" rows={16} defaultValue={chapter.body} />
      </div>
      {!staff && (
        <div className="field">
          <label htmlFor="comment">{t.fields.comment}</label>
          <textarea id="comment" name="comment" className="textarea" rows={3} />
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {staff ? t.save : t.propose}
        </button>
        {staff && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              publish.mutate({
                id: chapter.id,
                version: chapter.version,
                status: chapter.status === "published" ? "draft" : "published",
              })
            }
          >
            {chapter.status === "published" ? t.unpublish : t.publish}
          </button>
        )}
      </div>
    </form>
  );
}

export function GuideChapterPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const staff = isStaff(user);
  const chapter = useQuery(trpc.guide.chapter.queryOptions({ id }));
  const [announce, setAnnounce] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={chapter.data?.title ?? t.title} ready={!chapter.isPending} />
      <p>
        <Link to="/guide">{t.back}</Link>
      </p>
      <p role="status">{announce}</p>
      <QueryBoundary query={chapter}>
        {(c) => (
          <>
            <p>
              {t.status} : {guideChapterStatusLabels[c.status]}
            </p>
            <ChapterForm key={c.version} chapter={c} staff={staff} onDone={setAnnounce} />
            <section aria-labelledby="propositions-chapitre">
              <h2 id="propositions-chapitre">{staff ? t.proposals : t.myProposals}</h2>
              <ProposalsTable proposals={c.proposals} caption={t.proposalsCaption} />
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
