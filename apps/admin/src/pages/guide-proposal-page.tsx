import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { guideProposalStatusLabels } from "@cvv/domain/labels";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { useCurrentUser } from "../components/current-user";
import { toUserError, type UserError } from "../lib/errors";
import { isStaff } from "../lib/permissions";
import type { Outputs } from "../lib/api-types";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.guideAdmin;
type Proposal = Outputs["guide"]["proposal"];

/** The chapter's current text and the proposed one, stacked, with the decision below. */
function Decision({ proposal, staff, onDone }: { proposal: Proposal; staff: boolean; onDone: (text: string) => void }) {
  const [error, setError] = useState<UserError | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.guide.proposal.queryKey({ id: proposal.id }) });
    await queryClient.invalidateQueries({ queryKey: trpc.guide.chapters.queryKey() });
    onDone(t.decided);
  };
  const options = { onSuccess: refresh, onError: (e: unknown) => setError(toUserError(e)) };
  const accept = useMutation(trpc.guide.accept.mutationOptions(options));
  const decline = useMutation(trpc.guide.decline.mutationOptions(options));
  const withdraw = useMutation(trpc.guide.withdraw.mutationOptions(options));
  const stale = proposal.baseVersion !== proposal.chapter.version;
  if (proposal.status !== "pending") return null;
  if (!staff) {
    return (
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => withdraw.mutate({ id: proposal.id, version: proposal.version })}
        >
          {t.withdraw}
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const comment = String(new FormData(event.currentTarget).get("comment") ?? "");
    if (submitter?.value === "decline") decline.mutate({ id: proposal.id, version: proposal.version, comment });
    else
      accept.mutate({ id: proposal.id, version: proposal.version, comment, applyAnyway: submitter?.value === "force" });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        error={error}
        fields={{ comment: { id: "comment", label: t.declineComment }, applyAnyway: { id: "accept", label: t.accept } }}
      />
      {stale && (
        <p className="warning" role="note">
          <strong>{t.stale}</strong>
        </p>
      )}
      <div className="field">
        <label htmlFor="comment">{t.declineComment}</label>
        <textarea id="comment" name="comment" className="textarea" rows={3} />
      </div>
      <div className="button-row">
        <button id="accept" type="submit" name="decision" value={stale ? "force" : "accept"} className="button">
          {stale ? t.applyAnyway : t.accept}
        </button>
        <button type="submit" name="decision" value="decline" className="button button--secondary">
          {t.decline}
        </button>
      </div>
    </form>
  );
}

export function GuideProposalPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const staff = isStaff(user);
  const proposal = useQuery(trpc.guide.proposal.queryOptions({ id }));
  const [announce, setAnnounce] = useState<string | null>(null);
  return (
    <>
      <PageHeading
        title={proposal.data ? t.proposalTitle(proposal.data.chapterTitle) : t.proposals}
        ready={!proposal.isPending}
      />
      <p>
        <Link to="/guide">{t.back}</Link>
      </p>
      <p role="status">{announce}</p>
      <QueryBoundary query={proposal}>
        {(p) => (
          <>
            <p>
              {t.status} : {guideProposalStatusLabels[p.status]}
              {p.authorName ? ` — ${[p.authorName, p.organisationName].filter(Boolean).join(", ")}` : ""}
            </p>
            {p.comment && (
              <p>
                {t.partnerComment} : {p.comment}
              </p>
            )}
            {p.decisionComment && (
              <p>
                {t.decisionComment} : {p.decisionComment}
              </p>
            )}
            <div className="compare">
              <section aria-labelledby="texte-actuel">
                <h2 id="texte-actuel">{t.current}</h2>
                <h3>{p.chapter.title}</h3>
                <pre className="markdown-source">{p.chapter.body}</pre>
              </section>
              <section aria-labelledby="texte-propose">
                <h2 id="texte-propose">{t.proposedText}</h2>
                <h3>{p.proposedTitle}</h3>
                <pre className="markdown-source">{p.proposedBody}</pre>
              </section>
            </div>
            <Decision key={p.version} proposal={p} staff={staff} onDone={setAnnounce} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
