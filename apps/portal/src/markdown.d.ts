/** Markdown files, turned into HTML at build time (vite.config.ts). */
declare module "*.md" {
  const html: string;
  export default html;
}
