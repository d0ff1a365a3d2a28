import type { HttpInfo } from "./context.js";

/**
 * Mutations must come from the server's own pages: a cross-site form or script is refused even
 * if the browser sent the cookie. Shared by the tRPC middleware and the server's plain HTTP
 * routes (uploads), so both apply one rule. Returns the French refusal, or null when allowed.
 */
export function crossOriginRefusal(http: HttpInfo, trustedOrigins: readonly string[]): string | null {
  const { origin, host, secFetchSite } = http;
  if (secFetchSite === "cross-site") return "Requête refusée : elle provient d'un autre site.";
  if (!origin) return null;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  const trusted = trustedOrigins.includes(origin) || (host !== null && originHost === host);
  return trusted ? null : "Requête refusée : origine non autorisée.";
}
