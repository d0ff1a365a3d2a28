import type { PrismaClient } from "@cvv/db";
import type { SessionUser } from "@cvv/domain/users";
import type { Mailer } from "../mail/mailer.js";
import type { FileStore } from "./file-store.js";
import type { TaskRunner } from "./task-runner.js";

/** What the HTTP layer tells the API of a request; null for trusted in-process calls. */
export interface HttpInfo {
  origin: string | null;
  host: string | null;
  secFetchSite: string | null;
  userAgent: string | null;
  /** The request came over https (directly or through a trusted proxy): cookies get Secure. */
  secure: boolean;
}

export interface CookieJar {
  setSession(token: string, expiresAt: Date, secure: boolean): void;
  clearSession(): void;
}

export interface AppConfig {
  /** Base URL used in links sent by e-mail, e.g. https://cvv.metropolegrandparis.fr */
  publicUrl: string;
  /** Origins allowed to send mutations besides the server's own. */
  trustedOrigins: readonly string[];
  /** Watched feeds may be on this machine or a private network (tests' fixture servers only). */
  allowInternalFeedAddresses?: boolean;
}

export interface Context {
  db: PrismaClient;
  user: SessionUser | null;
  sessionTokenHash: string | null;
  mailer: Mailer;
  config: AppConfig;
  http: HttpInfo | null;
  cookies: CookieJar;
  now: () => Date;
  files: FileStore;
  tasks: TaskRunner;
}
