import { editionStatusLabels } from "../labels/index.js";
import { fail, ok, type Result } from "../shared/result.js";
import {
  applicationStatusLabels,
  type Application,
  type ApplicationStatus,
  type EditionWindow,
} from "./application.schema.js";

const allowedTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ["submitted", "withdrawn"],
  submitted: ["eligible", "ineligible", "withdrawn"],
  // Once found eligible, the application belongs to the committee: the commune can no longer pull it back.
  eligible: ["selected", "rejected"],
  ineligible: [],
  selected: [],
  rejected: [],
  withdrawn: [],
};

export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return allowedTransitions[from];
}

export function checkApplicationTransition<To extends ApplicationStatus>(from: ApplicationStatus, to: To): Result<To> {
  if (allowedTransitions[from].includes(to)) return ok(to);
  const allowed = allowedTransitions[from].map((s) => `« ${applicationStatusLabels[s]} »`).join(", ");
  return fail(
    "TRANSITION_REFUSED",
    `Une candidature « ${applicationStatusLabels[from]} » ne peut pas passer à « ${applicationStatusLabels[to]} »` +
      (allowed ? ` ; statuts possibles : ${allowed}.` : " ; ce statut est définitif."),
  );
}

/** Only a draft is the commune's to change: once submitted, officers examine what was sent. */
export function canEditApplication(status: ApplicationStatus): Result<void> {
  if (status === "draft") return ok(undefined);
  return fail(
    "TRANSITION_REFUSED",
    `Cette candidature est « ${applicationStatusLabels[status]} » : seul un brouillon peut être modifié.`,
  );
}

// Calendar dates are read at UTC midnight and shown in UTC, so the day never shifts.
const longDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

/** "15 mars 2026" from "2026-03-15". */
export function frenchDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

function windowWords(edition: EditionWindow): string {
  const { opensOn, closesOn } = edition;
  if (opensOn && closesOn) return `du ${frenchDate(opensOn)} au ${frenchDate(closesOn)}`;
  if (opensOn) return `à partir du ${frenchDate(opensOn)}`;
  return `jusqu'au ${frenchDate(closesOn!)}`;
}

/** A commune may prepare its draft before the edition opens and while it is open; not once selection has begun. */
export function checkEditionTakesDrafts(edition: EditionWindow): Result<void> {
  if (edition.status === "planned" || edition.status === "open") return ok(undefined);
  return fail(
    "INVALID",
    `L'édition « ${edition.name} » ne reçoit plus de candidatures (${editionStatusLabels[edition.status]}).`,
    "editionId",
  );
}

/** Whether the edition takes applications today: open, and today within its dates when it has some. */
export function checkEditionOpen(edition: EditionWindow, today: string): Result<void> {
  if (edition.status !== "open") {
    return fail(
      "INVALID",
      `L'édition « ${edition.name} » ne reçoit pas de candidatures (${editionStatusLabels[edition.status]}) : la candidature ne peut pas être déposée.`,
    );
  }
  const early = edition.opensOn !== null && today < edition.opensOn;
  const late = edition.closesOn !== null && today > edition.closesOn;
  if (early || late) {
    return fail(
      "INVALID",
      `Les candidatures à l'édition « ${edition.name} » sont reçues ${windowWords(edition)} : ` +
        (early ? "la candidature pourra être déposée à partir de l'ouverture." : "le dépôt est clos."),
    );
  }
  return ok(undefined);
}

type SubmittedContent = Pick<
  Application,
  "status" | "summary" | "motivation" | "themes" | "perimeter" | "contactName" | "contactEmail"
>;

const requiredToSubmit: { field: keyof SubmittedContent; words: string; missing: (a: SubmittedContent) => boolean }[] =
  [
    { field: "summary", words: "le résumé", missing: (a) => a.summary === "" },
    { field: "motivation", words: "la motivation", missing: (a) => a.motivation === "" },
    { field: "themes", words: "au moins un thème", missing: (a) => a.themes.length === 0 },
    { field: "perimeter", words: "le périmètre", missing: (a) => a.perimeter === "" },
    { field: "contactName", words: "le nom du contact", missing: (a) => a.contactName === "" },
    { field: "contactEmail", words: "l'adresse électronique du contact", missing: (a) => a.contactEmail === "" },
  ];

/**
 * A commune submits its draft: only while the edition is open and within its dates, and with what
 * officers need to examine it. The refusal names every missing piece at once, and the first one's
 * field, so the form can point there.
 */
export function checkSubmission(
  application: SubmittedContent,
  edition: EditionWindow,
  today: string,
): Result<"submitted"> {
  const transition = checkApplicationTransition(application.status, "submitted");
  if (!transition.ok) return transition;
  const open = checkEditionOpen(edition, today);
  if (!open.ok) return open;
  const missing = requiredToSubmit.filter((r) => r.missing(application));
  if (missing.length > 0) {
    return fail(
      "INVALID",
      `Pour déposer la candidature, renseignez ${missing.map((r) => r.words).join(", ")}.`,
      missing[0]!.field,
    );
  }
  return transition;
}

/** An officer's finding on a submitted application; saying it is ineligible requires saying why. */
export function checkEligibility(
  status: ApplicationStatus,
  eligible: boolean,
  note: string,
): Result<"eligible" | "ineligible"> {
  const transition = checkApplicationTransition(status, eligible ? "eligible" : "ineligible");
  if (!transition.ok) return transition;
  if (!eligible && note === "") {
    return fail(
      "INVALID",
      "Une note est obligatoire pour déclarer une candidature irrecevable : dites à la commune ce qui manque.",
      "note",
    );
  }
  return transition;
}

/** The committee's decision on an eligible application: its opinion in a note, on a day already past. */
export function checkDecision(
  status: ApplicationStatus,
  decision: { selected: boolean; note: string; decidedOn: string },
  today: string,
): Result<"selected" | "rejected"> {
  const transition = checkApplicationTransition(status, decision.selected ? "selected" : "rejected");
  if (!transition.ok) return transition;
  if (decision.note === "") {
    return fail("INVALID", "Une note est obligatoire pour enregistrer la décision : résumez l'avis du comité.", "note");
  }
  if (decision.decidedOn > today) {
    return fail(
      "INVALID",
      `La date de la décision (${frenchDate(decision.decidedOn)}) ne peut pas être dans le futur.`,
      "decidedOn",
    );
  }
  return transition;
}

export function checkWithdrawal(status: ApplicationStatus): Result<"withdrawn"> {
  return checkApplicationTransition(status, "withdrawn");
}
