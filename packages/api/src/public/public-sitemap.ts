import type { Context } from "../shared/context.js";
import { createCallerFactory } from "../trpc.js";
import { publicRouter } from "./public.router.js";

const createPublicCaller = createCallerFactory(publicRouter);
const MAX_PUBLICATION_PAGES = 1000;

/** The portal's pages that list or explain, always there whatever the data. */
const STATIC_PATHS = [
  "/",
  "/programmes",
  "/carte",
  "/indicateurs",
  "/actualites",
  "/evenements",
  "/guide",
  "/donnees",
  "/donnees/api",
  "/accessibilite",
  "/mentions-legales",
  "/donnees-personnelles",
];

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/**
 * The sitemap search engines read (sitemaps.org 0.9): every page of the portal a visitor can
 * reach. It is built through the public router itself, so it can only ever list what that
 * router shows: a draft's address never appears here.
 */
export async function sitemapXml(ctx: Context, baseUrl: string): Promise<string> {
  const base = baseUrl.replace(/\/+$/, "");
  // One instant for every call: a publication going live between two pages would shift them.
  const now = ctx.now();
  const api = createPublicCaller({ ...ctx, now: () => now });
  const [programmes, projects, events, guide, reports] = await Promise.all([
    api.programmes(),
    api.projects(),
    // Every published event, past and coming: each keeps its page.
    api.events({ from: "2000-01-01" }),
    api.guide(),
    api.annualReports(),
  ]);
  const publications: string[] = [];
  // The router serves 1,000 pages at most; a sitemap holds 50,000 addresses at most anyway.
  for (let page = 1; page <= MAX_PUBLICATION_PAGES; page++) {
    const result = await api.publications({ page });
    publications.push(...result.items.map((p) => p.slug));
    if (page >= result.pageCount) break;
  }
  const communes = [...new Set(projects.map((p) => p.communeInseeCode))].sort();

  const paths = [
    ...STATIC_PATHS,
    ...programmes.map((p) => `/programmes/${p.slug}`),
    ...reports.map((r) => `/bilans/${r.programmeSlug}/${r.year}`),
    ...communes.map((code) => `/communes/${code}`),
    ...projects.map((p) => `/projets/${p.slug}`),
    ...publications.map((slug) => `/actualites/${slug}`),
    ...events.map((e) => `/evenements/${e.slug}`),
    ...guide.chapters.map((c) => `/guide/${c.slug}`),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <url><loc>${escapeXml(base + path)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
}

/** Crawlers may read the portal, its open data and its images, not the officers' app nor the internal API. */
export function robotsTxt(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return [
    "User-agent: *",
    "Disallow: /admin",
    "Disallow: /trpc",
    "Disallow: /api/",
    "Allow: /api/v1/",
    "Allow: /api/images/",
    `Sitemap: ${base}/sitemap.xml`,
    "",
  ].join("\n");
}
