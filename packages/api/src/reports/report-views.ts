import type { ReportGenerationRecord, ReportRecord, ReportSectionRecord, ReportSnapshotSummary } from "@cvv/db";

/** A report as the admin app shows it: its sections, its snapshots (latest first) and the last generation. */
export interface ReportDetail {
  report: ReportRecord;
  sections: ReportSectionRecord[];
  snapshots: ReportSnapshotSummary[];
  generation: ReportGenerationRecord | null;
}

/** Where the admin app and the portal download a snapshot's files (apps/server/src/report-downloads.ts). */
export const reportFileUrl = (snapshotId: string, format: "pdf" | "docx") => `/api/reports/${snapshotId}.${format}`;
export const publicReportPdfUrl = (programmeSlug: string, year: number) => `/bilans/${programmeSlug}/${year}.pdf`;
