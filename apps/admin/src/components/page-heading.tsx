import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { pageTitle } from "../lib/format";

interface PageHeadingProps {
  title: string;
  children?: ReactNode;
  /** False while the page's own data loads: the focus waits for the real title, which is what gets announced. */
  ready?: boolean;
}

/**
 * The page's single h1. It names the browser tab, and after a navigation inside the app it takes
 * the focus, so screen-reader and keyboard users start at the new page, as after a full load.
 */
export function PageHeading({ title, children, ready = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef<string | null>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);

  useEffect(() => {
    // Once per page: not again on a query-string change (filters) or a data refresh.
    if (!ready || focusedFor.current === location.pathname) return;
    focusedFor.current = location.pathname;
    // "default" is the key of the page the browser loaded: there the focus stays at the top, before the skip link.
    if (location.key !== "default") ref.current?.focus();
  }, [ready, location.pathname, location.key]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
