import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { unstable_localLink, type TRPCLink } from "@trpc/client";
import type { FastifyReply, FastifyRequest } from "fastify";
import { publicRouter, type Context, type PublicRouter } from "@cvv/api";

/** The shape of apps/portal's server entry (built by `vite build --ssr`). */
interface PortalRenderer {
  render(
    url: string,
    link: TRPCLink<PublicRouter>,
    origin: string,
  ): Promise<{ status: 200 | 404; html: string; head: { title: string; description: string }; state: unknown }>;
}

export interface PortalPages {
  /** Renders the page at `url` into the built index.html, with its data. */
  send(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
}

/** Longest query string a portal page accepts: its filters are a few short words. */
const MAX_QUERY_LENGTH = 1024;

/**
 * Loads the portal's template and server renderer once. Returns null when the portal is not
 * built (API-only test servers), so that the caller answers JSON 404s as before.
 */
export async function loadPortalPages(
  templatePath: string,
  rendererPath: string,
  createContext: (req: FastifyRequest, reply: FastifyReply) => Promise<Context>,
  /** The site's public address (PUBLIC_URL, else the request's own). */
  origin: (req: FastifyRequest) => string,
  onError: (error: unknown) => void,
): Promise<PortalPages | null> {
  if (!existsSync(templatePath) || !existsSync(rendererPath)) return null;
  const template = readFileSync(templatePath, "utf8");
  const renderer = (await import(pathToFileURL(rendererPath).href)) as PortalRenderer;

  return {
    async send(req, reply) {
      const url = req.url;
      const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
      if (query.length > MAX_QUERY_LENGTH || !isWellFormed(url)) {
        return reply.code(400).type("text/html; charset=utf-8").send(badRequestPage());
      }
      const link = unstable_localLink<PublicRouter>({
        router: publicRouter,
        createContext: () => createContext(req, reply),
        onError: ({ error }) => {
          if (error.code === "INTERNAL_SERVER_ERROR") onError(error.cause ?? error);
        },
      });
      const page = await renderer.render(url, link, origin(req));
      return reply
        .code(page.status)
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-cache")
        .send(fillTemplate(template, page));
    },
  };
}

function fillTemplate(template: string, page: Awaited<ReturnType<PortalRenderer["render"]>>): string {
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.head.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(page.head.description)}" />`,
    )
    .replace(
      '<div id="root"></div>',
      // A JSON data block is not executed, so the strict CSP (script-src 'self') stays as it is.
      `<div id="root">${page.html}</div><script type="application/json" id="etat-initial">${jsonForHtml(page.state)}</script>`,
    );
}

/** A malformed percent-encoding would make the router or a page throw; it is the visitor's error. */
function isWellFormed(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

function badRequestPage(): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Requête invalide – Centres-villes vivants</title></head><body><main><h1>Requête invalide</h1><p>L'adresse demandée est mal formée ou trop longue. <a href="/">Retour à l'accueil</a></p></main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `</script>` or `<!--` inside a string must not end the data block early. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
