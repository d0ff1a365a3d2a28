import type { ActionItemStatus } from "../governance/action-item.schema.js";
import type { BodyKind } from "../governance/governance-body.schema.js";
import type { AttendanceStatus, MeetingStatus } from "../governance/meeting.schema.js";
import type { RaciRole } from "../governance/raci.schema.js";

/**
 * The French words of governance: kinds of body, meeting and attendance statuses, action items,
 * RACI roles. Type imports only, like the rest of the labels, so the SPAs can take it at run time.
 */
export const bodyKindLabels: Record<BodyKind, string> = {
  steering_committee: "Comité de pilotage",
  technical_committee: "Comité technique",
  selection_committee: "Comité de sélection",
  working_group: "Groupe de travail",
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: "Prévue",
  held: "Tenue",
  cancelled: "Annulée",
};

export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  present: "Présent(e)",
  excused: "Excusé(e)",
  absent: "Absent(e)",
};

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: "À faire",
  done: "Faite",
  cancelled: "Abandonnée",
};

/** The letter of each role, as a RACI matrix shows it. */
export const raciRoleLetters: Record<RaciRole, string> = {
  responsible: "R",
  accountable: "A",
  consulted: "C",
  informed: "I",
};

/** The role each letter stands for, in the programme's words ("A" approves, it does not only answer for). */
export const raciRoleLabels: Record<RaciRole, string> = {
  responsible: "réalisateur",
  accountable: "approbateur",
  consulted: "consulté",
  informed: "informé",
};
