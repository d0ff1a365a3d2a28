import { chromium, type Browser } from "playwright-core";

/**
 * One Chromium per process, launched at the first report and kept: a launch costs about a second,
 * a new page a few milliseconds. The server closes it on shutdown (closeReportBrowser).
 */
let browser: Promise<Browser> | null = null;

function reportBrowser(): Promise<Browser> {
  if (!browser) {
    const launching = chromium
      .launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-dev-shm-usage"],
      })
      .then((b) => {
        // A crashed browser is launched again at the next report rather than failing them all.
        b.on("disconnected", () => {
          if (browser === launching) browser = null;
        });
        return b;
      });
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    browser = launching;
  }
  return browser;
}

export async function closeReportBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  const b = await current?.catch(() => null);
  await b?.close();
}

/**
 * Prints the report's HTML as a tagged PDF (structure tree and outline from the headings). No
 * page header or footer: Chromium lays them out page by page, which cost a quarter of the
 * printing time of the large benchmark report; the outline gives the navigation instead.
 */
export async function printReportPdf(html: string): Promise<Buffer> {
  const context = await (await reportBrowser()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    // No emulateMedia("print"): page.pdf() lays the page out for print anyway, and switching the
    // media first made Chromium restyle and lay out the whole document once more for nothing
    // (about a second on the large benchmark report).
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
    });
  } finally {
    await context.close();
  }
}
