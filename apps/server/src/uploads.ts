import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  cleanFileName,
  crossOriginRefusal,
  downloadFile,
  SIZE_FIELD,
  storeUpload,
  uploadLimits,
  type Context,
  type UploadPurpose,
} from "@cvv/api";

export type ContextFactory = (opts: { req: FastifyRequest; res: FastifyReply }) => Promise<Context>;

/** The largest upload of any purpose; each purpose's own limit is the service's to enforce. */
const MAX_UPLOAD_BYTES = Math.max(...Object.values(uploadLimits));
const purposes = Object.keys(uploadLimits) as UploadPurpose[];

const signInRequired = "Connectez-vous pour continuer.";

/** A refusal of a service as an HTTP status; a size refusal is a 413. */
export function statusOf(error: { code: string; field?: string }): number {
  if (error.field === SIZE_FIELD) return 413;
  switch (error.code) {
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    default:
      return 400;
  }
}

/**
 * `attachment` so a browser never renders an upload in the site's origin; the ASCII name is for
 * old clients, `filename*` carries the real one.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The signed-in user of a request, or an answered 401. */
export async function signedIn(createContext: ContextFactory, req: FastifyRequest, reply: FastifyReply) {
  const ctx = await createContext({ req, res: reply });
  if (!ctx.user) {
    await reply.code(401).send({ error: signInRequired });
    return null;
  }
  return { ctx, user: ctx.user };
}

/**
 * Files go up as the raw body (`application/octet-stream`, name in `x-file-name`, URI-encoded)
 * rather than multipart: one file per request, no parser to trust, and the bytes reach the
 * service that judges them. Registered as its own plugin so its body parser and limit stay here.
 */
export async function uploadRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error: { code?: string; statusCode?: number }, req, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.code(413).send({ error: tooLarge(req) });
    }
    // Anything else is answered by the server's own handler, in French and without detail.
    throw error;
  });

  app.post("/api/files", { bodyLimit: MAX_UPLOAD_BYTES }, async (req, reply) => {
    const session = await createContext({ req, res: reply });
    const refusal = session.http && crossOriginRefusal(session.http, session.config.trustedOrigins);
    if (refusal) return reply.code(403).send({ error: refusal });
    if (!session.user) return reply.code(401).send({ error: signInRequired });

    const purpose = purposeOf(req);
    if (!purpose) {
      return reply.code(400).send({
        error:
          "Paramètre purpose manquant ou invalide : « import », « attachment », « document » ou « image » attendu.",
      });
    }
    const rawName = header(req, "x-file-name");
    if (!rawName) {
      return reply.code(400).send({ error: "Nom du fichier manquant : envoyez-le dans l'en-tête x-file-name." });
    }
    let fileName: string;
    try {
      fileName = decodeURIComponent(rawName);
    } catch {
      return reply
        .code(400)
        .send({ error: "En-tête x-file-name invalide : encodez le nom du fichier avec encodeURIComponent." });
    }
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const result = await storeUpload(session, session.user, { fileName, bytes, purpose });
    if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
    return reply.code(201).send(result.value);
  });

  app.get("/api/files/:id", async (req, reply) => {
    const session = await signedIn(createContext, req, reply);
    if (!session) return reply;
    const result = await downloadFile(session.ctx, session.user, (req.params as { id: string }).id);
    if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
    return reply
      .header("content-type", result.value.mimeType)
      .header("content-disposition", contentDisposition(result.value.fileName))
      .header("cache-control", "private, no-store")
      .send(result.value.body);
  });
}

function purposeOf(req: FastifyRequest): UploadPurpose | null {
  const purpose = (req.query as { purpose?: unknown }).purpose;
  return purposes.find((p) => p === purpose) ?? null;
}

/**
 * Refused before the body is read. A document names its file, as the form that sent it shows the
 * message at the file field; other purposes keep the general sentence.
 */
function tooLarge(req: FastifyRequest): string {
  const megabytes = (bytes: number) => `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10).replace(".", ",")} Mo`;
  const limit = megabytes(MAX_UPLOAD_BYTES);
  let name: string | null = null;
  try {
    name = decodeURIComponent(header(req, "x-file-name") ?? "");
  } catch {
    // An undecodable name is left out rather than shown garbled.
  }
  if (purposeOf(req) === "document" && name) {
    return `Le fichier « ${cleanFileName(name)} » fait plus de ${limit} : un document ne doit pas dépasser ${megabytes(uploadLimits.document)}.`;
  }
  return `Le fichier dépasse ${limit}, la taille maximale d'un envoi.`;
}

function header(req: FastifyRequest, name: string): string | null {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
}
