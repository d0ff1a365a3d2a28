import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary } from "../components/error-summary";
import { TextAreaField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { UpdateForm, type UpdateValues } from "../components/update-form";
import type { UpdateDetail } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, submitterValue } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.update;

function UpdateDetails({ update }: { update: UpdateDetail }) {
  return (
    <dl className="details">
      <div>
        <dt>{t.project}</dt>
        <dd>
          <Link to={`/projets/${update.projectId}`}>{update.projectTitle}</Link>
        </dd>
      </div>
      <div>
        <dt>{t.commune}</dt>
        <dd>{update.communeName}</dd>
      </div>
      <div>
        <dt>{t.status}</dt>
        <dd>
          <StatusBadge kind="update" status={update.status} />
        </dd>
      </div>
      <div>
        <dt>{t.proposedStatus}</dt>
        <dd>{update.proposedStatus ? messages.projectStatus[update.proposedStatus] : t.noProposedStatus}</dd>
      </div>
      <div>
        <dt>{t.author}</dt>
        <dd>{update.authorName ?? messages.common.notSet}</dd>
      </div>
      <div>
        <dt>{t.createdAt}</dt>
        <dd>{formatDateTime(update.createdAt)}</dd>
      </div>
      {update.submittedAt && (
        <div>
          <dt>{t.submittedAt}</dt>
          <dd>{formatDateTime(update.submittedAt)}</dd>
        </div>
      )}
      {update.publishedAt && (
        <div>
          <dt>{t.publishedAt}</dt>
          <dd>{formatDateTime(update.publishedAt)}</dd>
        </div>
      )}
    </dl>
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

/** Keyed by the update's version: after any save, the form restarts from what was stored. */
function EditForm({
  update,
  onDone,
  onReload,
}: {
  update: UpdateDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
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

function ReviewForm({
  update,
  onDone,
  onReload,
}: {
  update: UpdateDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState<"approve" | "return" | null>(null);
  const [version] = useState(update.version);
  const review = useMutation(trpc.updates.review.mutationOptions());
  const fieldId = "relecture-comment";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const decision = submitterValue(event) === "return" ? "return" : "approve";
    const found = clientErrors({ comment: decision === "return" && comment.trim() === "" && t.commentRequired });
    setError(found);
    if (found) return;
    setPending(decision);
    try {
      const trimmed = comment.trim();
      await review.mutateAsync({ id: update.id, version, decision, ...(trimmed ? { comment: trimmed } : {}) });
      onDone(decision === "approve" ? t.approved : t.returned);
      await Promise.all([
        queryClient.invalidateQueries(trpc.updates.pathFilter()),
        queryClient.invalidateQueries(trpc.projects.pathFilter()),
      ]);
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="relecture">
      <h2 id="relecture">{t.reviewTitle}</h2>
      <p>{t.reviewIntro}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} onReload={onReload} fields={{ comment: { id: fieldId, label: t.comment } }} />
        <TextAreaField
          id={fieldId}
          label={t.comment}
          hint={t.commentHint}
          rows={5}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={fieldMessage(error, "comment")}
        />
        <div className="form-actions">
          <SubmitButton
            name="decision"
            value="approve"
            label={t.approve}
            pending={pending === "approve"}
            busy={pending !== null}
            pendingLabel={messages.common.saving}
          />
          <SubmitButton
            name="decision"
            value="return"
            variant="secondary"
            label={t.return}
            pending={pending === "return"}
            busy={pending !== null}
            pendingLabel={messages.common.sending}
          />
        </div>
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
  const done = useConfirmation();
  // The form with the reload button goes away with the old version: the confirmation takes the focus.
  const reload = () => {
    done.clear();
    void update.refetch().then((result) => {
      if (result.isSuccess) done.show(messages.errors.conflictReloaded);
    });
  };

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
                <EditForm key={data.version} update={data} onDone={done.show} onReload={reload} />
              ) : (
                <section aria-labelledby="contenu-point">
                  <h2 id="contenu-point">{t.content}</h2>
                  <div className="prose">{data.body}</div>
                </section>
              )}
              {reviewable && <ReviewForm key={data.version} update={data} onDone={done.show} onReload={reload} />}
              <ReviewTrail reviews={data.reviews} />
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
