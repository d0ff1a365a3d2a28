import { publishDuePublications, sendDueReminders } from "@cvv/api";
import { buildApp } from "./app.js";
import { bootstrap } from "./bootstrap.js";
import { readConfig } from "./config.js";
import { every } from "./scheduler.js";
import { scheduleWatchFetch } from "./watch-schedule.js";
import { scheduleContactRetention } from "./contact-retention.js";
import { scheduleEventJobs } from "./event-reminders.js";

const parsed = readConfig();
if (!parsed.ok) {
  console.error(`Configuration invalide :\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
  process.exit(1);
}
const { config } = parsed;

// A logger before the app exists, for the start-up steps.
const { pino } = await import("pino");
const log = pino({ level: config.logLevel });

let boot;
try {
  boot = await bootstrap(config, log, (text) => process.stdout.write(`${text}\n`));
} catch (error) {
  log.fatal({ err: error }, "démarrage impossible");
  process.exit(1);
}
const { database, mailer } = boot;

const app = await buildApp({ db: database.prisma, mailer, config });

let stopScheduler: () => Promise<void> = async () => undefined;
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, "arrêt en cours : fin des requêtes en cours");
  const force = setTimeout(() => {
    app.log.error("arrêt forcé après 10 s");
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await stopScheduler();
    await app.close();
    await database.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, "erreur pendant l'arrêt");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

try {
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  process.stdout.write(
    `Centres-villes vivants : http://localhost:${port}/ (gestion : http://localhost:${port}/admin/)\n`,
  );
  // Campaign reminders: hourly is enough for deadlines counted in days.
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  const stopReminders = every(
    60 * 60 * 1000,
    async () => {
      const { sent } = await sendDueReminders({
        db: database.prisma,
        mailer,
        config: { publicUrl, trustedOrigins: config.trustedOrigins },
        now: () => new Date(),
      });
      if (sent > 0) app.log.info({ sent }, "relances de campagne envoyées");
    },
    (error) => app.log.error({ err: error }, "échec de l'envoi des relances"),
  );
  // Scheduled publications go out at their date: the portal already shows them then, the job
  // moves their status so the officers' lists say « Publiée ».
  const stopPublishing = every(
    5 * 60 * 1000,
    async () => {
      const { published } = await publishDuePublications({ db: database.prisma, now: () => new Date() });
      if (published > 0) app.log.info({ published }, "publications programmées publiées");
    },
    (error) => app.log.error({ err: error }, "échec de la publication des publications programmées"),
  );
  // Contacts last met three years ago or more are anonymised daily, from an hour after start (see contact-retention.ts).
  const stopRetention = scheduleContactRetention({ db: database.prisma, now: () => new Date(), log: app.log });
  // The veille's feeds every six hours, demo sources never (see watch-schedule.ts).
  const stopWatch = scheduleWatchFetch({
    db: database.prisma,
    now: () => new Date(),
    log: app.log,
    allowInternalAddresses: config.allowInternalFeedAddresses,
  });
  // Events: reminders the day before, surveys after, the programme's event indicators recounted.
  const stopEventJobs = scheduleEventJobs({
    db: database.prisma,
    mailer,
    publicUrl,
    trustedOrigins: config.trustedOrigins,
    now: () => new Date(),
    log: app.log,
  });
  stopScheduler = async () => {
    await Promise.all([stopReminders(), stopPublishing(), stopRetention(), stopWatch(), stopEventJobs()]);
  };
} catch (error) {
  app.log.fatal({ err: error }, "écoute impossible");
  if ((error as { code?: string }).code === "EADDRINUSE") {
    process.stderr.write(
      `Le port ${config.port} est déjà utilisé : arrêtez l'autre processus ou choisissez un autre port (PORT=3001 npm start).\n`,
    );
  }
  await database.close();
  process.exit(1);
}
