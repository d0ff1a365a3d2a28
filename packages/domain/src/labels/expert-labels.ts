import type { ExpertKind } from "../experts/expert.schema.js";
import type { MissionStatus } from "../experts/mission.schema.js";

/** The French names of the directory's kinds of expert and of a mission's statuses (see index.ts: no zod here). */
export const expertKindLabels: Record<ExpertKind, string> = {
  amo: "AMO (assistance à maîtrise d'ouvrage)",
  expert: "Expert",
  provider: "Prestataire",
};

export const missionStatusLabels: Record<MissionStatus, string> = {
  proposed: "Proposée",
  ordered: "Commandée",
  in_progress: "En cours",
  delivered: "Livrée",
  closed: "Clôturée",
  cancelled: "Annulée",
};
