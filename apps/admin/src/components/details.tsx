import type { ReactNode } from "react";

/** A record's facts as a description list: screen readers announce each term with its value. */
export function Details({ children }: { children: ReactNode }) {
  return <dl className="details">{children}</dl>;
}

/** One fact of a Details list; `prose` keeps the paragraphs of a long text (summary, description). */
export function Detail({ term, prose, children }: { term: string; prose?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={prose ? "prose" : undefined}>{children}</dd>
    </div>
  );
}
