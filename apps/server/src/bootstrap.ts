import { join } from "node:path";
import { createDiskFileStore, createInvitation, createMailer, invitationLink, type Mailer } from "@cvv/api";
import {
  importJobsRepository,
  loadDemoData,
  loadDemoDocuments,
  loadReferenceData,
  openDatabase,
  usersRepository,
  type Database,
} from "@cvv/db";
import type { FastifyBaseLogger } from "fastify";
import type { ServerConfig } from "./config.js";

export interface Boot {
  database: Database;
  mailer: Mailer;
}

/**
 * Opens (or creates) the database, migrates it, loads the communes, and on a first start fills
 * it: demo data outside production, or an invitation for ADMIN_EMAIL.
 */
export async function bootstrap(
  config: ServerConfig,
  log: FastifyBaseLogger,
  print: (text: string) => void,
): Promise<Boot> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: (m) => log.info(m),
  });
  await loadReferenceData(database.prisma, (m) => log.info(m));
  // An import's work lives in the process that ran it: one cut short by a stop will never finish.
  const interrupted = await importJobsRepository(database.prisma).failInterrupted(new Date());
  if (interrupted > 0) log.warn({ interrupted }, "import jobs cut short by the last stop marked failed");
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: join(config.dataDir, "outbox"),
  });

  if (config.loadDemoData) {
    const accounts = await loadDemoData(database.prisma);
    // Its files go where uploads do; only with the rest of the demo, so a removed one stays removed.
    if (accounts) await loadDemoDocuments(database.prisma, createDiskFileStore(join(config.dataDir, "files")));
    if (accounts) {
      const width = Math.max(...accounts.map((a) => a.role.length));
      print(
        [
          "",
          "Données de démonstration chargées. Comptes de démonstration (affichés une seule fois) :",
          ...accounts.map((a) => `  ${a.role.padEnd(width)}  ${a.email}  ${a.password}`),
          "",
        ].join("\n"),
      );
    }
  }

  if (config.adminEmail && (await usersRepository(database.prisma).count()) === 0) {
    const { token } = await database.prisma.$transaction(async (tx) => {
      const admin = await usersRepository(tx).create({
        email: config.adminEmail!,
        displayName: "Administrateur",
        role: "admin",
        communeCodes: [],
      });
      return createInvitation(tx, { userId: admin.id, invitedById: null, now: new Date() });
    });
    const link = invitationLink(config.publicUrl ?? `http://localhost:${config.port}`, token);
    print(`\nPremier administrateur : ouvrez ${link} pour choisir son mot de passe.\n`);
  }
  return { database, mailer };
}
