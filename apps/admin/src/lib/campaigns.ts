import type { Commune, Outputs } from "./api-types";

export type CampaignSummary = Outputs["campaigns"]["list"][number];
export type CampaignDetail = Outputs["campaigns"]["get"];
export type CampaignSheet = Outputs["campaigns"]["sheet"];
export type SheetLine = CampaignSheet["lines"][number];
export type ValueRecord = NonNullable<SheetLine["value"]>;
export type CampaignStatus = CampaignDetail["campaign"]["status"];
export type ValueStatus = ValueRecord["status"];
export type Completeness = CampaignSheet["progress"];

/**
 * What one status change of a campaign leads to: a draft opens, an open campaign closes, a closed
 * one reopens for late communes (the API's transitions, mirrored to offer only what it accepts).
 */
export const nextCampaignStatus: Record<CampaignStatus, CampaignStatus> = {
  draft: "open",
  open: "closed",
  closed: "open",
};

const shareFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/**
 * A share (0 to 1) as a whole percentage, "75 %". Rounded down, so that "100 %" is only ever shown
 * for a commune that is actually complete.
 */
export function formatShare(share: number): string {
  return shareFormat.format(Math.floor(Math.min(1, Math.max(0, share)) * 100 + 1e-9) / 100);
}

/** Values entered but neither sent, approved nor returned: drafts waiting to be sent for review. */
export function draftCount(progress: Pick<Completeness, "entered" | "submitted" | "approved" | "returned">): number {
  return Math.max(0, progress.entered - progress.submitted - progress.approved - progress.returned);
}

/** A commune has nothing left to do once every expected value is approved. */
export function isComplete(progress: Pick<Completeness, "approvedShare" | "expected">): boolean {
  return progress.approvedShare >= 1;
}

export interface CommuneGroup {
  /** The EPT's SIREN, or "" for communes outside any EPT (Paris). */
  key: string;
  name: string | null;
  communes: Commune[];
}

/** The Métropole's communes by établissement public territorial, in the order of the EPTs' names. */
export function groupByTerritory(communes: readonly Commune[]): CommuneGroup[] {
  const groups = new Map<string, CommuneGroup>();
  for (const commune of communes) {
    const key = commune.territorySiren ?? "";
    const group = groups.get(key) ?? { key, name: commune.territoryName, communes: [] };
    group.communes.push(commune);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    // Communes outside any EPT (Paris) first: the one group without a territory name.
    if (a.name === null) return -1;
    if (b.name === null) return 1;
    return a.name.localeCompare(b.name, "fr");
  });
}
