import type { Readable } from "node:stream";
import { filesRepository, reportsRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { idSchema, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";

export interface ReportDownload {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  body: Readable;
}

export type ReportFileFormat = "pdf" | "docx";

async function streamFile(ctx: Context, fileId: string | null, what: string): Promise<Result<ReportDownload>> {
  if (!fileId) return notFound(what);
  const file = await filesRepository(ctx.db).find(fileId);
  if (!file) return notFound(what);
  const stream = await ctx.files.stream(file.storageKey);
  if (!stream) return notFound(what);
  return ok({ fileName: file.fileName, mimeType: file.mimeType, sizeBytes: stream.sizeBytes, body: stream.body });
}

/** Any snapshot's PDF or DOCX, for the officers who write the report. */
export async function downloadReportFile(
  ctx: Context,
  actor: SessionUser,
  snapshotId: string,
  format: ReportFileFormat,
): Promise<Result<ReportDownload>> {
  if (!can(actor, "report.read")) return forbidden();
  const what = "Fichier du bilan";
  if (!idSchema.safeParse(snapshotId).success) return notFound(what);
  const snapshot = await reportsRepository(ctx.db).findSnapshot(snapshotId);
  if (!snapshot) return notFound(what);
  return streamFile(ctx, format === "pdf" ? snapshot.pdfFileId : snapshot.docxFileId, what);
}

/** The published PDF of a programme's year, for anyone: only the snapshot chosen at publication. */
export async function downloadPublishedReportPdf(
  ctx: Context,
  programmeSlug: string,
  year: number,
): Promise<Result<ReportDownload>> {
  const what = "Bilan annuel";
  if (!Number.isInteger(year) || !/^[a-z0-9-]{1,80}$/.test(programmeSlug)) return notFound(what);
  const published = await reportsRepository(ctx.db).findPublished(programmeSlug, year);
  if (!published) return notFound(what);
  return streamFile(ctx, published.snapshot.pdfFileId, what);
}
