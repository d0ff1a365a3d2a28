import type { EventKind, EventStatus } from "../events/event.schema.js";

/** The French names of the kinds and statuses of events (see index.ts: no zod here). */
export const eventKindLabels: Record<EventKind, string> = {
  site_visit: "Visite de site",
  workshop: "Atelier",
  meeting: "Réunion",
  meetup: "Rencontre",
  assises: "Assises",
  fair: "Salon",
};

export const eventStatusLabels: Record<EventStatus, string> = {
  draft: "Brouillon",
  published: "Publié",
  cancelled: "Annulé",
};
