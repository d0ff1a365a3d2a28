import type { CommunicationChannel, CommunicationStatus } from "../communication/communication-action.schema.js";

/** The French names of the communication plan's channels and statuses (see index.ts: no zod here). */
export const communicationChannelLabels: Record<CommunicationChannel, string> = {
  website: "Site internet",
  newsletter: "Lettre d'information",
  social_media: "Réseaux sociaux",
  press: "Presse",
  email: "Courriel",
  print: "Imprimé",
  event: "Événement",
  other: "Autre",
};

export const communicationStatusLabels: Record<CommunicationStatus, string> = {
  planned: "Prévue",
  in_progress: "En cours",
  done: "Réalisée",
  cancelled: "Annulée",
};
