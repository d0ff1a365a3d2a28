import { paragraphs } from "../format";

/**
 * Text typed by officers and communes, shown as plain paragraphs: React escapes it, and it is
 * never parsed as HTML or Markdown, so nothing in the data can inject markup.
 */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i} className={className ? `${className} prose-text` : "prose-text"}>
          {p}
        </p>
      ))}
    </>
  );
}
