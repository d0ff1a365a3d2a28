import type { ImportJobRecord } from "@cvv/db";
import type { SheetColumn } from "./sheet-format.js";

export interface ImportError {
  /** The line in the file, header = 1. */
  line: number;
  column?: SheetColumn;
  /** Names the line (and the column) itself, so a list of messages reads on its own. */
  message: string;
}

/** What the check found, then (once applied) what was written. */
export interface ImportReport {
  /** The values go to review at once ("submitted") rather than stay drafts. */
  submit: boolean;
  /** Data rows read (blank lines aside). */
  rows: number;
  /** Rows with a value and no error: what confirming writes. */
  valid: number;
  /** Rows without a value, left alone (blank lines of a template). */
  ignored: number;
  /** Rows with at least one error. */
  invalid: number;
  /** The first MAX_REPORTED_ERRORS errors, in line order; errorCount counts them all. */
  errors: ImportError[];
  errorCount: number;
  /** Predicted at the check: new values, changed values, values identical to what is stored. */
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  /** Set once applied; `unchanged` then counts what the application left alone. */
  created?: number;
  updated?: number;
}

export const MAX_REPORTED_ERRORS = 500;

export type ImportStatus = ImportJobRecord["status"];

/** An import job as the admin app sees it; processedRows is live while it runs. */
export interface ImportJobView {
  id: string;
  campaignId: string | null;
  createdById: string | null;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  report: ImportReport | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * The checked rows, kept on the job (as JSON text) so confirming writes exactly what was
 * previewed. Tuples with the indicator as an index into `indicatorIds` keep 200,000 rows to a few
 * megabytes.
 */
export interface ImportPlan {
  status: "draft" | "submitted";
  indicatorIds: string[];
  /** [indicator index, commune, period, value, source, comment, line] */
  rows: [number, string, string, number, string, string, number][];
}

interface LiveJob {
  job: ImportJobView;
  processedRows: number;
  totalRows: number;
}

/**
 * Progress of the jobs this process is running. While an import is applied, its transaction may
 * hold the only database connection (embedded PGlite), so progress lives here and the job row is
 * written once at the end; `get` answers from here without touching the database.
 */
const live = new Map<string, LiveJob>();

export const liveJobs = {
  start(job: ImportJobView, totalRows: number) {
    live.set(job.id, { job, processedRows: 0, totalRows });
  },
  progress(id: string, processedRows: number, totalRows?: number) {
    const entry = live.get(id);
    if (!entry) return;
    entry.processedRows = processedRows;
    if (totalRows !== undefined) entry.totalRows = totalRows;
  },
  end(id: string) {
    live.delete(id);
  },
  find(id: string): ImportJobView | null {
    const entry = live.get(id);
    return entry ? { ...entry.job, processedRows: entry.processedRows, totalRows: entry.totalRows } : null;
  },
};

export function toJobView(record: ImportJobRecord): ImportJobView {
  return {
    id: record.id,
    campaignId: record.campaignId,
    createdById: record.createdById,
    fileName: record.fileName,
    status: record.status,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    report: (record.report as ImportReport | null) ?? null,
    error: record.error,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}
