import type { RegistrationStatus } from "../events/event-registration.rules.js";

/** The French names of a registration's statuses (no zod here, see index.ts). */
export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  confirmed: "Confirmée",
  waiting: "Liste d'attente",
  cancelled: "Annulée",
};
