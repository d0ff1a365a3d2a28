import type { Inputs, Outputs } from "./api-types";

/** Governance as the API returns and accepts it: types only. */
export type BodySummary = Outputs["governance"]["bodies"][number];
export type BodyDetail = Outputs["governance"]["body"];
export type BodyMember = BodyDetail["members"][number];
export type MeetingSummary = BodyDetail["meetings"][number];
export type MeetingDetail = Outputs["governance"]["meeting"];
export type ActionItem = MeetingDetail["actionItems"][number];
export type RaciView = Outputs["governance"]["raci"];
export type BodyKind = Inputs["governance"]["createBody"]["kind"];
export type MeetingStatus = NonNullable<Inputs["governance"]["updateMeeting"]["status"]>;
export type AttendanceStatus = Inputs["governance"]["recordAttendance"]["attendance"][number]["status"];
export type ActionItemStatus = NonNullable<Inputs["governance"]["updateActionItem"]["status"]>;
export type RaciRole = Inputs["governance"]["setRaci"]["assignments"][number]["role"];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A moment as a date-and-time input shows it ("2026-04-02T14:30"), in the browser's own zone:
 * the zone the person reads and types times in.
 */
export function toDateTimeInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What a date-and-time input holds, as the API takes it (ISO 8601 with its zone); null when it is not a moment. */
export function fromDateTimeInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
