import { runEventJobs, type Mailer } from "@cvv/api";
import type { PrismaClient } from "@cvv/db";
import { every } from "./scheduler.js";

export const ONE_HOUR_MS = 60 * 60 * 1000;

interface EventJobsLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface EventJobsDeps {
  db: PrismaClient;
  mailer: Mailer;
  publicUrl: string;
  trustedOrigins: readonly string[];
  now: () => Date;
  log: EventJobsLog;
}

/**
 * Events' reminders (the day before), satisfaction surveys (after) and the recount of the
 * programme's event indicators, hourly like the campaign reminders: the reminder window is a day.
 */
export function scheduleEventJobs(deps: EventJobsDeps, intervalMs = ONE_HOUR_MS): () => Promise<void> {
  return every(
    intervalMs,
    async () => {
      const summary = await runEventJobs({
        db: deps.db,
        mailer: deps.mailer,
        config: { publicUrl: deps.publicUrl, trustedOrigins: deps.trustedOrigins },
        now: deps.now,
      });
      if (summary.reminders > 0 || summary.surveys > 0) {
        deps.log.info(summary, "événements : rappels et enquêtes de satisfaction envoyés");
      }
    },
    (error) => deps.log.error({ err: error }, "échec des envois liés aux événements"),
  );
}
