import { createContext, useContext, useEffect } from "react";
import { messages } from "./messages.fr";

/**
 * What the server puts in <head>. Effects do not run during a server render, so a page's title
 * and description are written here while it renders; in the browser the effect takes over.
 */
export interface HeadData {
  title: string;
  description: string;
}

export const HeadContext = createContext<HeadData | null>(null);

/** The site's address (scheme and host), for the absolute URLs of structured data and feeds. */
export const OriginContext = createContext("");

export function useOrigin(): string {
  return useContext(OriginContext);
}

export function usePageMeta(title: string, description: string): void {
  const head = useContext(HeadContext);
  if (head) {
    head.title = messages.documentTitle(title);
    head.description = description;
  }
  useEffect(() => {
    document.title = messages.documentTitle(title);
    document.querySelector('meta[name="description"]')?.setAttribute("content", description);
  }, [title, description]);
}
