import type { Outputs } from "./api-types";
import { formatDate } from "./format";
import { messages } from "../messages.fr";

export type ExpertSearchItem = Outputs["experts"]["list"][number];
export type ExpertDetail = Outputs["experts"]["get"];
export type ExpertMission = ExpertDetail["missions"][number];
export type ExpertKind = ExpertDetail["kind"];
export type MissionStatus = ExpertMission["status"];
export type BusyMission = ExpertSearchItem["busy"][number];
export type ExpertHistoryEntry = Outputs["experts"]["history"][number];

export const expertKinds = Object.keys(messages.experts.kind) as ExpertKind[];
export const missionStatuses = Object.keys(messages.experts.missionStatus) as MissionStatus[];

/** An expert's fields as a form holds them: texts as typed (skills comma-separated, the rate in euros). */
export interface ExpertValues {
  name: string;
  kind: ExpertKind;
  siret: string;
  skills: string;
  dailyRate: string;
  rateNote: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  notes: string;
  active: boolean;
}

/** "Commerce, métiers d'art ; concertation" → three skills; the server drops duplicates. */
export function skillsFromText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((skill) => skill.trim())
    .filter((skill) => skill !== "");
}

/** "650" for 65 000 cents, "650,50" for 65 050: what an officer would type back. */
export function centsToInput(cents: number | null): string {
  if (cents === null) return "";
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}

export function toExpertValues(expert: ExpertDetail): ExpertValues {
  return {
    name: expert.name,
    kind: expert.kind,
    siret: expert.siret ?? "",
    skills: expert.skills.join(", "),
    dailyRate: centsToInput(expert.dailyRateCents),
    rateNote: expert.rateNote,
    contactName: expert.contactName,
    contactEmail: expert.contactEmail,
    contactPhone: expert.contactPhone,
    website: expert.website,
    notes: expert.notes,
    active: expert.active,
  };
}

// Cents to euros goes through a float only for display: 2 decimals of a safe integer come out exact.
const centsFormat = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const daysFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
// Calendar dates are UTC midnight (see formatDate); "medium" keeps a table's dates column narrow.
const shortDateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "UTC" });

/** "8 125,00 €", or "Non renseigné". */
export function formatCents(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? messages.common.notSet : centsFormat.format(cents / 100);
}

/** "650,00 € HT / jour", or "Non renseigné". */
export function formatDailyRate(cents: number | null): string {
  return cents === null ? messages.common.notSet : messages.experts.perDay(centsFormat.format(cents / 100));
}

/** "12,5 jours", "1 jour", or "Non renseigné". */
export function formatDays(days: number | null): string {
  return days === null ? messages.common.notSet : messages.experts.days(days, daysFormat.format(days));
}

/** "12,5", or "—": a figure for a column already headed "Jours". */
export function formatDayCount(days: number | null): string {
  return days === null ? messages.common.emptyCell : daysFormat.format(days);
}

/** "du 3 mars 2031 au 30 avr. 2031": both dates of a mission, short enough for a table cell. */
export function formatShortPeriod(start: string, end: string): string {
  const date = (iso: string) => shortDateFormat.format(new Date(`${iso}T00:00:00Z`));
  return `${messages.format.from} ${date(start)} ${messages.format.to} ${date(end)}`;
}

/** Why an expert is not free over the period, in words: each mission, where and when. */
export function busyReason(busy: readonly BusyMission[]): string {
  return messages.experts.busyBecause(
    busy.map((m) =>
      messages.experts.busyMission(
        m.title,
        m.communeName,
        messages.experts.missionStatus[m.status],
        formatDate(m.startsOn),
        formatDate(m.endsOn),
      ),
    ),
  );
}
