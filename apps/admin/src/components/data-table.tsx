import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/** True while the element is narrower than its content, i.e. while it actually scrolls sideways. */
function useOverflows<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflows] as const;
}

/**
 * A table that scrolls sideways on narrow screens instead of overflowing the page. While it
 * scrolls, its box is named by the caption and focusable, so keyboard users can scroll it too;
 * otherwise it adds no tab stop.
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: ReactNode;
  /** The column headers, left to right; each row's first cell is its own header (`<th scope="row">`). */
  columns: readonly string[];
  children: ReactNode;
}) {
  const captionId = useId();
  const [ref, overflows] = useOverflows<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="table-wrapper"
      role={overflows ? "region" : undefined}
      aria-labelledby={overflows ? captionId : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
