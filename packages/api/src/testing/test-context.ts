import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "@cvv/db";
import type { Role, SessionUser } from "@cvv/domain/users";
import { factories } from "@cvv/db/testing";
import { appRouter } from "../app-router.js";
import { createMemoryMailer } from "../mail/mailer.js";
import { createDiskFileStore } from "../shared/file-store.js";
import { createTaskRunner } from "../shared/task-runner.js";
import { publicRouter } from "../public/public.router.js";
import type { Context, HttpInfo } from "../shared/context.js";
import { createCallerFactory } from "../trpc.js";

const createAppCaller = createCallerFactory(appRouter);
const createPublicCaller = createCallerFactory(publicRouter);

export const sameOriginHttp: HttpInfo = {
  origin: "http://localhost:3000",
  host: "localhost:3000",
  secFetchSite: "same-origin",
  userAgent: "vitest",
  secure: false,
};

/**
 * A request context as the server builds it, with a memory mailer, a recording cookie jar, files
 * in a fresh temporary folder, and background tasks whose errors fail the test that awaits them.
 */
export function testContext(
  db: PrismaClient,
  user: SessionUser | null,
  http: HttpInfo | null = sameOriginHttp,
  shared: { now?: () => Date; tasks?: Context["tasks"]; files?: Context["files"] } = {},
) {
  const mailer = createMemoryMailer();
  const taskErrors: unknown[] = [];
  const cookies = { session: null as string | null, cleared: false };
  const ctx: Context = {
    db,
    user,
    sessionTokenHash: null,
    mailer,
    config: { publicUrl: "http://localhost:3000", trustedOrigins: [] },
    http,
    now: shared.now ?? (() => new Date()),
    files: shared.files ?? createDiskFileStore(mkdtempSync(join(tmpdir(), "cvv-files-"))),
    tasks: shared.tasks ?? createTaskRunner((_label, error) => taskErrors.push(error)),
    cookies: {
      setSession(token) {
        cookies.session = token;
      },
      clearSession() {
        cookies.cleared = true;
      },
    },
  };
  return { ctx, mailer, cookies, taskErrors };
}

export function appCaller(
  db: PrismaClient,
  user: SessionUser | null,
  http?: HttpInfo | null,
  shared?: Parameters<typeof testContext>[3],
) {
  const t = testContext(db, user, http, shared);
  return { caller: createAppCaller(t.ctx), ...t };
}

export function publicCaller(db: PrismaClient) {
  return createPublicCaller(testContext(db, null).ctx);
}

/** A fresh user of the given role, as the session layer would hand it to the API. */
export async function actor(db: PrismaClient, role: Role, communeCodes?: string[]): Promise<SessionUser> {
  const created = await factories(db).user({ role, ...(communeCodes ? { communeCodes } : {}) });
  const codes = communeCodes ?? (role === "contributor" ? ["93010"] : []);
  return { id: created.id, email: created.email, displayName: created.displayName, role, communeCodes: codes };
}

/** The invitation link's token from the last e-mail sent. */
export function tokenFromMail(text: string): string {
  const match = text.match(/\/admin\/invitation\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error("Aucun lien d'invitation dans le message.");
  return match[1];
}
