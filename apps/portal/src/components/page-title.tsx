import { useLayoutEffect, useRef, type ReactNode } from "react";
import { usePageMeta } from "../head";
import { takeHeadingFocusRequest } from "../navigation-focus";

export { usePageMeta };

interface PageTitleProps {
  /** The page's name in the browser tab, before " – Centres-villes vivants". */
  title: string;
  description: string;
  /** The <h1> text when it differs from the tab title. */
  children?: ReactNode;
}

/** preventScroll: the layout decides where a new page is shown (top, or restored on "back"). */
export function focusHeading(heading: HTMLElement | null): void {
  heading?.focus({ preventScroll: true });
}

/** The page's single <h1>, which also names the document and receives focus after navigation. */
export function PageTitle({ title, description, children }: PageTitleProps) {
  usePageMeta(title, description);
  const ref = useRef<HTMLHeadingElement>(null);
  // A layout effect: focus is in place before the browser paints the new heading, so neither a
  // screen reader nor a test sees the heading without its focus.
  useLayoutEffect(() => {
    if (takeHeadingFocusRequest()) focusHeading(ref.current);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
