import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript of the built SPAs, gzipped (issue 5's budget: 150 KB for any page of the
 * portal). Run after `npx turbo run build`: `npm run bench:js`. Exits non-zero when a portal page
 * is over budget; the admin app is measured for the record only.
 *
 * What a page loads first: its entry's chunk and, transitively, the chunks it imports statically
 * (Vite preloads them with <link rel="modulepreload">). A chunk the entry imports dynamically (a
 * lazily loaded route or component) is counted with the entry as its own line, since the page
 * that needs it loads it at once. Read from Vite's manifest (dist/.vite/manifest.json, enabled in
 * the app's vite.config.ts); without one, from the scripts and preloads of dist/index.html.
 *
 * Written in erasable TypeScript only: Node runs it as it is, without a build.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
/** 1 KB = 1,000 bytes, the stricter reading of the budget. */
const BUDGET_BYTES = 150_000;

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface Load {
  app: string;
  /** The entry, or the entry with one of its lazily loaded chunks. */
  load: string;
  js: FileSize[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  budgeted: boolean;
}

const sizes = new Map<string, FileSize>();
function sizeOf(dist: string, file: string): FileSize {
  const path = join(dist, file);
  let size = sizes.get(path);
  if (!size) {
    const content = readFileSync(path);
    size = { file, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 9 }).byteLength };
    sizes.set(path, size);
  }
  return size;
}

/** The chunk's key and, transitively, those of its static imports. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function total(
  app: string,
  load: string,
  dist: string,
  jsFiles: string[],
  cssFiles: string[],
  budgeted: boolean,
): Load {
  const js = [...new Set(jsFiles)].map((f) => sizeOf(dist, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    app,
    load,
    js,
    jsBytes: js.reduce((sum, f) => sum + f.bytes, 0),
    jsGzipBytes: js.reduce((sum, f) => sum + f.gzipBytes, 0),
    cssGzipBytes: [...new Set(cssFiles)].reduce((sum, f) => sum + sizeOf(dist, f).gzipBytes, 0),
    budgeted,
  };
}

function measureApp(app: string, budgeted: boolean): Load[] {
  const dist = join(ROOT, "apps", app, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(`apps/${app}/dist/index.html is missing: run \`npx turbo run build\` first.`);
  }
  const manifestPath = join(dist, ".vite/manifest.json");
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    const loads: Load[] = [];
    for (const [key, chunk] of Object.entries(manifest)) {
      if (!chunk.isEntry) continue;
      const keys = closure(manifest, key);
      const files = (ks: Iterable<string>) => [...ks].map((k) => manifest[k]!.file).filter((f) => f.endsWith(".js"));
      const css = (ks: Iterable<string>) => [...ks].flatMap((k) => manifest[k]!.css ?? []);
      loads.push(total(app, chunk.src ?? key, dist, files(keys), css(keys), budgeted));
      for (const lazy of chunk.dynamicImports ?? []) {
        const withLazy = closure(manifest, lazy, new Set(keys));
        loads.push(
          total(
            app,
            `${chunk.src ?? key} + ${manifest[lazy]!.src ?? lazy}`,
            dist,
            files(withLazy),
            css(withLazy),
            budgeted,
          ),
        );
      }
    }
    return loads;
  }
  // No manifest: what index.html makes the browser load at once.
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const base = app === "portal" ? "/" : `/${app}/`;
  const local = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ""));
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => local(m[1]!));
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  return [total(app, "index.html", dist, [...scripts, ...preloads], styles, budgeted)];
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const loads = [...measureApp("portal", true), ...measureApp("admin", false)];
const lines = [
  `First-load JavaScript, gzip level 9 (budget for the portal: ${kb(BUDGET_BYTES)} KB, 1 KB = 1,000 bytes)`,
  "",
  "app     JS gz KB  JS raw KB  CSS gz KB  load",
  ...loads.map(
    (l) =>
      `${l.app.padEnd(7)} ${kb(l.jsGzipBytes).padStart(8)} ${kb(l.jsBytes).padStart(10)} ${kb(l.cssGzipBytes).padStart(10)}  ${l.load}` +
      (l.budgeted && l.jsGzipBytes > BUDGET_BYTES ? "  OVER BUDGET" : ""),
  ),
  "",
  ...loads.flatMap((l) => [
    `${l.app} ${l.load}:`,
    ...l.js.map((f) => `  ${kb(f.gzipBytes).padStart(7)} KB gz  ${kb(f.bytes).padStart(8)} KB  ${f.file}`),
  ]),
];
console.log(lines.join("\n"));

const dir = join(ROOT, "tooling/bench/results");
mkdirSync(dir, { recursive: true });
const date = new Date().toISOString();
const file = join(dir, `first-load-js-${date.replace(/[:.]/g, "-")}.json`);
writeFileSync(file, `${JSON.stringify({ date, budgetBytes: BUDGET_BYTES, loads }, null, 2)}\n`);
console.log(`\nwritten to ${file}`);

const over = loads.filter((l) => l.budgeted && l.jsGzipBytes > BUDGET_BYTES);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((l) => `${l.app} ${l.load} (${kb(l.jsGzipBytes)} KB)`).join(", ")}`);
  process.exit(1);
}
