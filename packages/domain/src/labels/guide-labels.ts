/** The French names of the guide's statuses (see index.ts: no zod here). */
export const guideChapterStatusLabels: Record<"draft" | "published", string> = {
  draft: "Brouillon",
  published: "Publié",
};

export const guideProposalStatusLabels: Record<"pending" | "accepted" | "declined" | "withdrawn", string> = {
  pending: "En attente",
  accepted: "Acceptée",
  declined: "Refusée",
  withdrawn: "Retirée",
};
