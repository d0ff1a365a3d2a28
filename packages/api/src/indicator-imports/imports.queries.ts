import { importJobsRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { ownerOf } from "./confirm-import/confirm-import.service.js";
import { liveJobs, toJobView, type ImportJobView } from "./import-job.js";

/**
 * A job with its report. A job running in this process answers from memory: its progress is not
 * in the database yet, and an import being applied may hold the embedded database's only connection.
 */
export async function getImport(ctx: Context, actor: SessionUser, id: string): Promise<Result<ImportJobView>> {
  if (!can(actor, "value.import")) return forbidden();
  const owner = ownerOf(actor);
  const running = liveJobs.find(id);
  if (running) return owner === null || running.createdById === owner ? ok(running) : notFound("Import");
  const job = await importJobsRepository(ctx.db).find(id, owner);
  return job ? ok(toJobView(job)) : notFound("Import");
}
