import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

/**
 * Lighthouse's performance and accessibility scores of the portal's main pages, in Debian's
 * Chromium (issue 5). `npm run bench:lighthouse`, after `npx turbo run build`: builds nothing,
 * starts the built server (apps/server/dist/main.js) as `npm start` would, on the embedded PGlite
 * in a temporary folder with the demo data, or on DATABASE_URL when set; runs Lighthouse with
 * chrome-launcher for each page that answers 200, mobile and desktop presets; prints the scores
 * and writes them with every failed audit to tooling/bench/results/lighthouse-<date>.json.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_PRESETS ("mobile,desktop"),
 * LIGHTHOUSE_PAGES (comma-separated paths, instead of the list below), DATABASE_URL.
 *
 * Written in erasable TypeScript only: Node runs it as it is, without a build.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PRESETS = (process.env.LIGHTHOUSE_PRESETS ?? "mobile,desktop").split(",").map((p) => p.trim());

/**
 * The portal's main pages. A function receives records of the demo data read through the public
 * API, for the pages that show one; a page answering anything but 200 is left out with a note.
 */
const PAGES: { path: string | ((demo: Demo) => string | null) }[] = [
  { path: "/" },
  { path: "/programmes" },
  { path: (d) => (d.programmeSlug ? `/programmes/${d.programmeSlug}` : null) },
  { path: (d) => (d.communeInseeCode ? `/communes/${d.communeInseeCode}` : null) },
  { path: (d) => (d.projectSlug ? `/projets/${d.projectSlug}` : null) },
  { path: "/carte" },
  { path: "/indicateurs" },
  { path: "/actualites" },
  { path: "/evenements" },
  { path: "/donnees" },
  { path: "/donnees/api" },
];

interface Demo {
  programmeSlug: string | null;
  projectSlug: string | null;
  communeInseeCode: string | null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, "apps/server/dist/main.js")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped (${server.exitCode}):\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`The server did not answer within 3 minutes:\n${output}`);
}

async function demoRecords(origin: string): Promise<Demo> {
  const data = async <T>(procedure: string): Promise<T | null> => {
    const res = await fetch(`${origin}/api/public/${procedure}`);
    return res.ok ? ((await res.json()) as { result: { data: T } }).result.data : null;
  };
  const programmes = (await data<{ slug: string }[]>("programmes")) ?? [];
  const projects = (await data<{ slug: string; communeInseeCode: string }[]>("projects")) ?? [];
  return {
    programmeSlug: programmes[0]?.slug ?? null,
    projectSlug: projects[0]?.slug ?? null,
    communeInseeCode: projects[0]?.communeInseeCode ?? null,
  };
}

interface PageScore {
  path: string;
  preset: string;
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, number | null>;
  /** Audits of either category that did not pass, with their score. */
  failedAudits: { id: string; title: string; score: number | null }[];
  /** Why a score is missing: Lighthouse's own error (a page with no LCP, a trace it could not read). */
  errors: string[];
}

const dataDir = mkdtempSync(join(os.tmpdir(), "cvv-lighthouse-"));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
const scores: PageScore[] = [];
const skipped: string[] = [];
try {
  server = await startServer(port, dataDir);
  const demo = await demoRecords(origin);
  const paths = process.env.LIGHTHOUSE_PAGES
    ? process.env.LIGHTHOUSE_PAGES.split(",").map((p) => p.trim())
    : PAGES.map((p) => (typeof p.path === "function" ? p.path(demo) : p.path));
  const pages: string[] = [];
  for (const path of paths) {
    if (!path) continue;
    const res = await fetch(origin + path);
    if (res.status === 200) pages.push(path);
    else skipped.push(`${path} (${res.status})`);
  }
  chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  for (const preset of PRESETS) {
    for (const path of pages) {
      const audit = () =>
        lighthouse(
          origin + path,
          { port: chrome!.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
          preset === "desktop" ? desktopConfig : undefined,
        );
      // Lighthouse sometimes fails to record the trace (NO_NAVSTART, "please run Lighthouse
      // again"): one more try, and the error is recorded if that fails too.
      let result = await audit();
      if (result?.lhr.runtimeError) result = await audit();
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const metric = (id: string) => audits[id]?.numericValue ?? null;
      const ids = new Set(
        [categories.performance, categories.accessibility].flatMap((c) => c?.auditRefs.map((r) => r.id) ?? []),
      );
      const score: PageScore = {
        path,
        preset,
        performance: categories.performance?.score ?? null,
        accessibility: categories.accessibility?.score ?? null,
        metrics: {
          firstContentfulPaintMs: metric("first-contentful-paint"),
          largestContentfulPaintMs: metric("largest-contentful-paint"),
          totalBlockingTimeMs: metric("total-blocking-time"),
          cumulativeLayoutShift: metric("cumulative-layout-shift"),
          speedIndexMs: metric("speed-index"),
        },
        failedAudits: [...ids]
          .map((id) => audits[id]!)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
          .map((a) => ({ id: a.id, title: a.title, score: a.score })),
        errors: [
          ...(result.lhr.runtimeError ? [`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`] : []),
          ...[...ids].flatMap((id) => (audits[id]?.errorMessage ? [`${id}: ${audits[id].errorMessage}`] : [])),
        ],
      };
      scores.push(score);
      const pct = (v: number | null) => (v === null ? "n/a" : String(Math.round(v * 100)));
      console.log(
        `${preset.padEnd(8)} ${path.padEnd(40)} performance ${pct(score.performance).padStart(3)}  accessibility ${pct(score.accessibility).padStart(3)}` +
          `  LCP ${Math.round(score.metrics.largestContentfulPaintMs ?? 0)} ms  TBT ${Math.round(score.metrics.totalBlockingTimeMs ?? 0)} ms` +
          (score.failedAudits.length ? `  below 90: ${score.failedAudits.map((a) => a.id).join(", ")}` : "") +
          (score.errors.length ? `  errors: ${score.errors.join(" | ")}` : ""),
      );
    }
  }
} finally {
  await chrome?.kill();
  if (server) {
    const stopped = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await stopped;
  }
  rmSync(dataDir, { recursive: true, force: true });
}

if (skipped.length > 0) console.log(`Not measured (not 200): ${skipped.join(", ")}`);
const dir = join(ROOT, "tooling/bench/results");
mkdirSync(dir, { recursive: true });
const date = new Date().toISOString();
const file = join(dir, `lighthouse-${date.replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date,
      chromium: CHROME_PATH,
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
      loadAverage: os.loadavg(),
      database: process.env.DATABASE_URL ? "DATABASE_URL" : "PGlite (temporary folder), demo data",
      skipped,
      scores,
    },
    null,
    2,
  )}\n`,
);
console.log(`written to ${file}`);
