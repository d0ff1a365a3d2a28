import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { marked } from "marked";
import { defineConfig, type Plugin } from "vite";

/**
 * Markdown files of the repository (the open-data API's documentation) become HTML when the
 * portal is built: the page is ours and static, so the parser never goes to the visitor's browser.
 * The file's own title gives way to the page's; code blocks and
 * wide tables get a focusable, scrollable frame so that a keyboard can scroll them.
 */
function markdownAsHtml(): Plugin {
  return {
    name: "cvv-markdown-as-html",
    load(id) {
      if (!id.endsWith(".md")) return null;
      // Maintainers' notes are HTML comments: they stay in the file.
      const source = readFileSync(id, "utf-8")
        .replace(/^# .*\n/, "")
        .replace(/<!--[\s\S]*?-->\s*/g, "");
      // Each frame is a region named after the heading it stands under, so that a screen reader
      // says what the focus has reached.
      let heading = "";
      const frame = (kind: string) =>
        `role="region" tabindex="0" aria-label="${`${kind} : ${heading}`.replaceAll('"', "&quot;")}"`;
      const html = (marked.parse(source, { async: false }) as string).replace(
        /<h([2-6])>([\s\S]*?)<\/h\1>|<table>|<\/table>|<pre>/g,
        (match, _level: string | undefined, text: string | undefined) => {
          if (text !== undefined) {
            heading = text.replace(/<[^>]+>/g, "").trim();
            return match;
          }
          if (match === "<table>") return `<div class="table-scroll" ${frame("Tableau")}><table>`;
          if (match === "</table>") return "</table></div>";
          return `<pre ${frame("Code")}>`;
        },
      );
      return `export default ${JSON.stringify(html)};`;
    },
  };
}

// The Fastify server serves dist/ at "/" (with a fallback to index.html for client routes)
// and the API at /api/public; in development Vite forwards the API to it.
export default defineConfig({
  base: "/",
  plugins: [markdownAsHtml(), react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: what each entry loads, for the first-load budget (npm run bench:js).
    manifest: true,
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
      "/trpc": "http://localhost:3000",
    },
  },
});
