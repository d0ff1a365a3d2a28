import { existsSync } from "node:fs";
import { constants as zlibConstants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import {
  appRouter,
  publicRouter,
  closeReportBrowser,
  createDiskFileStore,
  createTaskRunner,
  resolveSession,
  type AppRouter,
  type FileStore,
  type TaskRunner,
  type Context,
  type Mailer,
  type PublicRouter,
} from "@cvv/api";
import { pingDatabase, type PrismaClient } from "@cvv/db";
import type { ServerConfig } from "./config.js";
import { campaignSheetRoutes } from "./campaign-sheets.js";
import { documentDownloadRoutes } from "./document-downloads.js";
import { publicationImageRoutes } from "./publication-images.js";
import { eventRegistrationRoutes } from "./event-registrations.js";
import { reportDownloadRoutes } from "./report-downloads.js";
import { feedRoutes } from "./feeds.js";
import { grantExportRoutes } from "./grant-exports.js";
import { openDataRoutes } from "./open-data.js";
import { loadPortalPages } from "./portal-pages.js";
import { steeringExportRoutes } from "./steering-exports.js";
import { uploadRoutes } from "./uploads.js";

export const SESSION_COOKIE = "cvv_session";
/** The SPAs' batch links send at most this many calls at once (maxItems). */
export const MAX_BATCH = 10;

export interface AppDeps {
  db: PrismaClient;
  mailer: Mailer;
  config: ServerConfig;
  /** Where the built SPAs are; defaults to the sibling apps' dist folders. */
  staticRoots?: { admin: string; portal: string; portalRenderer?: string };
  now?: () => Date;
  /** Defaults to the `files` folder under DATA_DIR. */
  files?: FileStore;
  tasks?: TaskRunner;
}

const here = dirname(fileURLToPath(import.meta.url));
const defaultStaticRoots = {
  admin: join(here, "..", "..", "admin", "dist"),
  portal: join(here, "..", "..", "portal", "dist"),
  portalRenderer: join(here, "..", "..", "portal", "dist-server", "entry-server.js"),
};

const frenchHttpMessages: Record<number, string> = {
  400: "Requête invalide.",
  404: "Ressource introuvable.",
  413: "Requête trop volumineuse.",
  415: "Type de contenu non pris en charge.",
  429: "Trop de requêtes : réessayez dans une minute.",
};

export async function buildApp(deps: AppDeps) {
  const { config } = deps;
  const now = deps.now ?? (() => new Date());
  const staticRoots = deps.staticRoots ?? defaultStaticRoots;

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
      },
    },
    // Only the first N hops' X-Forwarded-* are believed (proxy-addr counts hops from the server).
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    bodyLimit: 1024 * 1024,
    // tRPC puts batched procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
  });
  const files = deps.files ?? createDiskFileStore(join(config.dataDir, "files"));
  const tasks =
    deps.tasks ??
    createTaskRunner((label, error) => app.log.error({ err: error, task: label }, "background task failed"));
  // An import under way finishes (or fails cleanly) before the database closes.
  app.addHook("onClose", async () => tasks.idle());
  // The annual report's Chromium goes with the server, once the generations under way are done.
  app.addHook("onClose", async () => {
    await tasks.idle();
    await closeReportBrowser();
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense behind https, which the reverse proxy provides.
    strictTransportSecurity: config.trustProxy > 0 ? undefined : false,
  });
  await app.register(cookie);
  // Pages, scripts and JSON compress to a fifth; uploads and PDFs are already compressed or small.
  // Brotli's default quality (11) is for files built once; 4 is about as small as gzip and faster.
  await app.register(compress, {
    threshold: 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(rateLimit, {
    max: (req: FastifyRequest) => (isAuthAttempt(req.url) ? 20 : config.rateLimitPerMinute),
    timeWindow: "1 minute",
    // Sign-in attempts count apart, so browsing does not use up the stricter budget.
    keyGenerator: (req: FastifyRequest) => `${req.ip}${isAuthAttempt(req.url) ? ":auth" : ""}`,
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: "Too Many Requests",
      message: `Trop de requêtes : réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
    }),
  });

  app.setErrorHandler((error: { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    // Never a stack trace, never an internal message: a status and a French sentence.
    const message =
      status === 429 && "message" in error
        ? String((error as { message: string }).message)
        : frenchHttpMessages[status];
    return reply.status(status).send({ error: message ?? "Une erreur interne est survenue." });
  });

  const publicUrl = (req: FastifyRequest) => config.publicUrl ?? `${req.protocol}://${req.host}`;

  const createContext = async (
    { req, res }: { req: FastifyRequest; res: FastifyReply },
    withSession = true,
  ): Promise<Context> => {
    const token = withSession ? req.cookies[SESSION_COOKIE] : undefined;
    const session = token ? await resolveSession(deps.db, token, now()) : null;
    if (token && session?.renewedUntil) {
      res.setCookie(SESSION_COOKIE, token, sessionCookieOptions(session.renewedUntil, req.protocol === "https"));
    }
    return {
      db: deps.db,
      user: session?.user ?? null,
      sessionTokenHash: session?.tokenHash ?? null,
      mailer: deps.mailer,
      now,
      files,
      tasks,
      config: {
        publicUrl: publicUrl(req),
        trustedOrigins: config.trustedOrigins,
        allowInternalFeedAddresses: config.allowInternalFeedAddresses,
      },
      http: {
        origin: header(req, "origin"),
        host: req.host ?? null,
        secFetchSite: header(req, "sec-fetch-site"),
        userAgent: header(req, "user-agent"),
        secure: req.protocol === "https",
      },
      cookies: {
        setSession(value, expiresAt, secure) {
          res.setCookie(SESSION_COOKIE, value, sessionCookieOptions(expiresAt, secure));
        },
        clearSession() {
          res.clearCookie(SESSION_COOKIE, { path: "/" });
        },
      },
    };
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // One request may not carry many password checks past the sign-in rate limit.
      maxBatchSize: MAX_BATCH,
      createContext,
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error.cause ?? error, path }, "trpc error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  // The portal's API reads no cookie: a visitor's request carries nothing of a session.
  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/public",
    trpcOptions: {
      router: publicRouter,
      maxBatchSize: MAX_BATCH,
      createContext: (opts: { req: FastifyRequest; res: FastifyReply }) => createContext(opts, false),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          app.log.error({ err: error.cause ?? error, path }, "public api error");
      },
    } satisfies FastifyTRPCPluginOptions<PublicRouter>["trpcOptions"],
  });

  await app.register(uploadRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(campaignSheetRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(steeringExportRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(documentDownloadRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(publicationImageRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(reportDownloadRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(grantExportRoutes, { createContext: (opts) => createContext(opts) });
  await app.register(openDataRoutes, { createContext: (opts) => createContext(opts, false) });
  await app.register(feedRoutes, { createContext: (opts) => createContext(opts, false) });
  await app.register(eventRegistrationRoutes, { createContext: (opts) => createContext(opts, false) });

  app.get("/health", async (_req, reply) => {
    if (await pingDatabase(deps.db)) return { status: "ok", database: "ok" };
    return reply.status(503).send({ status: "error", database: "unreachable" });
  });

  const hasAdmin = existsSync(join(staticRoots.admin, "index.html"));
  const portalPages = await loadPortalPages(
    join(staticRoots.portal, "index.html"),
    staticRoots.portalRenderer ?? join(staticRoots.portal, "..", "dist-server", "entry-server.js"),
    (req, res) => createContext({ req, res }, false),
    publicUrl,
    (error) => app.log.error({ err: error }, "portal page error"),
  );
  if (hasAdmin) {
    await app.register(fastifyStatic, {
      root: staticRoots.admin,
      prefix: "/admin/",
      index: ["index.html"],
    });
    app.get("/admin", (_req, reply) => reply.redirect("/admin/", 301));
  }
  if (portalPages) {
    // Files only: index.html is the server render's template, never served as it is.
    await app.register(fastifyStatic, {
      root: staticRoots.portal,
      prefix: "/",
      // The admin app's registration gives reply.sendFile; a second one would clash.
      decorateReply: !hasAdmin,
      index: false,
      wildcard: false,
      allowedPath: (pathName) => pathName !== "/index.html",
    });
    // A route of its own (not the not-found handler), so pages count against the rate limit.
    const pageRoute = async (req: FastifyRequest, reply: FastifyReply) => {
      const path = req.url.split("?")[0] ?? "/";
      if (path.startsWith("/api/") || path.startsWith("/trpc/") || path.startsWith("/admin/")) {
        return reply.code(404).send({ error: frenchHttpMessages[404] });
      }
      return portalPages.send(req, reply);
    };
    app.get("/", pageRoute);
    app.get("/*", pageRoute);
  }

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split("?")[0] ?? "/";
    const isPage = req.method === "GET" || req.method === "HEAD";
    if (isPage && path.startsWith("/admin/") && hasAdmin) {
      return reply.type("text/html").sendFile("index.html", staticRoots.admin);
    }
    return reply.code(404).send({ error: frenchHttpMessages[404] });
  });

  return app;
}

function sessionCookieOptions(expires: Date, secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure, expires };
}

/** Invitation tokens travel in URLs: logs keep the path, never the token. */
export function redactUrl(url: string): string {
  return (
    url
      .replace(/(\/invitation\/)[^/?#]+/g, "$1[masqué]")
      .replace(/([?&]input=)[^&]*/g, "$1[masqué]")
      // The registration form's values come back in the query string of its page; tokens of e-mailed links too.
      .replace(/([?&](?:courriel|nom|jeton)=)[^&]*/g, "$1[masqué]")
  );
}

function header(req: FastifyRequest, name: string): string | null {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
}

/** Decoded first: "/trpc/auth.sign%49n" is the same procedure and must count the same. */
function isAuthAttempt(url: string): boolean {
  let path = url.split("?")[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    return true;
  }
  return path.startsWith("/trpc/") && (path.includes("auth.signIn") || path.includes("auth.acceptInvitation"));
}
