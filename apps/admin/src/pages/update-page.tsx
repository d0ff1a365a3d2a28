import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { TextAreaField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { IntentButtons } from "../components/submit-button";
import { UpdateForm, type UpdateValues } from "../components/update-form";
import type { UpdateDetail } from "../lib/api-types";
import { clientErrors, fieldMessage, formFields, submitterValue, useSending } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.update;

function UpdateDetails({ update }: { update: UpdateDetail }) {
  return (
    <Details>
      <Detail term={t.project}>
        <Link to={`/projets/${update.projectId}`}>{update.projectTitle}</Link>
      </Detail>
      <Detail term={t.commune}>{update.communeName}</Detail>
      <Detail term={t.status}>
        <StatusBadge kind="update" status={update.status} />
      </Detail>
      <Detail term={t.proposedStatus}>
        {update.proposedStatus ? messages.projectStatus[update.proposedStatus] : t.noProposedStatus}
      </Detail>
      <Detail term={t.author}>{update.authorName ?? messages.common.notSet}</Detail>
      <Detail term={t.createdAt}>{formatDateTime(update.createdAt)}</Detail>
      {update.submittedAt && <Detail term={t.submittedAt}>{formatDateTime(update.submittedAt)}</Detail>}
      {update.publishedAt && <Detail term={t.publishedAt}>{formatDateTime(update.publishedAt)}</Detail>}
    </Details>
  );
}

function ReturnedNotice({ comment }: { comment: string }) {
  return (
    <section className="notice notice--warning" aria-labelledby="renvoi">
      <h2 id="renvoi" className="notice__title">
        {t.returnedTitle}
      </h2>
      <p className="notice__label">{t.returnedIntro}</p>
      <blockquote className="notice__quote prose">{comment}</blockquote>
    </section>
  );
}

/** What the forms acting on the update get from the page: they are keyed by its version there. */
interface UpdateActionProps {
  update: UpdateDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** Keyed by the update's version: after any save, the form restarts from what was stored. */
function EditForm({ update, onDone, onReload }: UpdateActionProps) {
  const edit = useMutation(trpc.updates.edit.mutationOptions());
  // The version the person started from: a background refresh must not make a stale form look current.
  const [version] = useState(update.version);
  const project = useQuery(trpc.projects.get.queryOptions({ id: update.projectId }));

  async function send(values: UpdateValues, submit: boolean) {
    await edit.mutateAsync({ id: update.id, version, ...values, submit });
    onDone(submit ? t.resubmitted : t.saved);
    await Promise.all([
      queryClient.invalidateQueries(trpc.updates.pathFilter()),
      queryClient.invalidateQueries(trpc.projects.get.queryFilter({ id: update.projectId })),
    ]);
  }

  return (
    <section aria-labelledby="modifier">
      <h2 id="modifier">{t.editTitle}</h2>
      <UpdateForm
        idPrefix="modifier-point"
        initial={{ title: update.title, body: update.body, proposedStatus: update.proposedStatus }}
        nextStatuses={project.data?.nextStatuses ?? []}
        saveLabel={messages.updateForm.save}
        submitLabel={update.status === "returned" ? messages.updateForm.resubmit : messages.updateForm.submitFirst}
        onSend={send}
        onReload={onReload}
      />
    </section>
  );
}

const reviewFields = formFields("relecture", { comment: t.comment });

function ReviewForm({ update, onDone, onReload }: UpdateActionProps) {
  const [comment, setComment] = useState("");
  const { error, pending, send } = useSending<"approve" | "return">();
  const [version] = useState(update.version);
  const review = useMutation(trpc.updates.review.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const decision = submitterValue(event) === "return" ? "return" : "approve";
    const found = clientErrors({ comment: decision === "return" && comment.trim() === "" && t.commentRequired });
    void send(decision, found, async () => {
      const trimmed = comment.trim();
      await review.mutateAsync({ id: update.id, version, decision, ...(trimmed ? { comment: trimmed } : {}) });
      onDone(decision === "approve" ? t.approved : t.returned);
      await Promise.all([
        queryClient.invalidateQueries(trpc.updates.pathFilter()),
        queryClient.invalidateQueries(trpc.projects.pathFilter()),
      ]);
    });
  }

  return (
    <section aria-labelledby="relecture">
      <h2 id="relecture">{t.reviewTitle}</h2>
      <p>{t.reviewIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} onReload={onReload} fields={reviewFields.summary} />
        <TextAreaField
          id={reviewFields.id("comment")}
          label={t.comment}
          hint={t.commentHint}
          rows={5}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={fieldMessage(error, "comment")}
        />
        <IntentButtons
          name="decision"
          pending={pending}
          intents={[
            { value: "approve", label: t.approve, pendingLabel: messages.common.saving },
            { value: "return", label: t.return, pendingLabel: messages.common.sending, variant: "secondary" },
          ]}
        />
      </form>
    </section>
  );
}

function ReviewTrail({ reviews }: { reviews: UpdateDetail["reviews"] }) {
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{t.trail}</h2>
      {reviews.length === 0 ? (
        <p>{t.trailEmpty}</p>
      ) : (
        <ol className="trail">
          {reviews.map((review) => (
            <li key={review.id} className="trail__item">
              <p className="trail__what">
                {t.trailBy(
                  messages.reviewDecision[review.decision],
                  review.reviewerName ?? t.unknownReviewer,
                  formatDateTime(review.createdAt),
                )}
              </p>
              {review.comment && <blockquote className="trail__comment prose">{review.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function UpdatePage() {
  const { id = "" } = useParams();
  const update = useQuery(trpc.updates.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => update.refetch());

  return (
    <>
      <PageHeading title={update.data?.title ?? t.fallbackTitle} ready={!update.isPending} />
      <StatusMessage {...done.props} />
      <QueryBoundary query={update}>
        {(data) => {
          const editable = data.permissions.write && (data.status === "draft" || data.status === "returned");
          const reviewable = data.permissions.review && data.status === "submitted";
          return (
            <>
              {data.status === "returned" && data.reviewComment && <ReturnedNotice comment={data.reviewComment} />}
              <UpdateDetails update={data} />
              {editable ? (
                <EditForm key={data.version} update={data} onDone={done.show} onReload={done.reload} />
              ) : (
                <section aria-labelledby="contenu-point">
                  <h2 id="contenu-point">{t.content}</h2>
                  <div className="prose">{data.body}</div>
                </section>
              )}
              {reviewable && <ReviewForm key={data.version} update={data} onDone={done.show} onReload={done.reload} />}
              <ReviewTrail reviews={data.reviews} />
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
