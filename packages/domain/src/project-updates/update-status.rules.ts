import { fail, ok, type Result } from "../shared/result.js";
import { checkProjectTransition } from "../projects/project-status.rules.js";
import type { ProjectStatus } from "../projects/project.schema.js";
import { updateStatusLabels, type UpdateStatus } from "./project-update.schema.js";

/** Only what has not been sent for review, or what came back, may be edited by its commune. */
export function canEditUpdate(status: UpdateStatus): Result<void> {
  if (status === "draft" || status === "returned") return ok(undefined);
  return fail(
    "TRANSITION_REFUSED",
    `Ce point d'avancement est « ${updateStatusLabels[status]} » : il ne peut plus être modifié.`,
  );
}

export function checkSubmission(
  status: UpdateStatus,
  projectStatus: ProjectStatus,
  proposedStatus: ProjectStatus | null | undefined,
): Result<"submitted"> {
  const editable = canEditUpdate(status);
  if (!editable.ok) return editable;
  if (proposedStatus) {
    const transition = checkProjectTransition(projectStatus, proposedStatus);
    if (!transition.ok) return transition;
  }
  return ok("submitted");
}

export interface ReviewOutcome {
  status: "approved" | "returned";
  /** The project's status after the review: changed only when an approved update proposed one. */
  projectStatus: ProjectStatus;
}

export function checkReview(
  status: UpdateStatus,
  decision: "approve" | "return",
  projectStatus: ProjectStatus,
  proposedStatus: ProjectStatus | null,
): Result<ReviewOutcome> {
  if (status !== "submitted") {
    return fail(
      "TRANSITION_REFUSED",
      `Seul un point d'avancement soumis peut être relu ; celui-ci est « ${updateStatusLabels[status]} ».`,
    );
  }
  if (decision === "return") return ok({ status: "returned", projectStatus });
  if (proposedStatus) {
    // The project may have moved since submission: check again against its status now.
    const transition = checkProjectTransition(projectStatus, proposedStatus);
    if (!transition.ok) return transition;
    return ok({ status: "approved", projectStatus: proposedStatus });
  }
  return ok({ status: "approved", projectStatus });
}
