import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Which row of a list is open for editing. Closing gives the focus back to the button that
 * opened it (`openerId`), when that row is still there (not after a removal), so keyboard users
 * carry on from where they were.
 */
export function useEditing(openerId: (id: string) => string) {
  const [editing, setEditing] = useState<string | null>(null);
  return {
    editing,
    open: setEditing,
    close() {
      const id = editing;
      setEditing(null);
      if (id !== null) requestAnimationFrame(() => document.getElementById(openerId(id))?.focus());
    },
  };
}

/** A row's "Modifier": the row's name is read with it, as every row has the same button. */
export function EditButton({
  id,
  label,
  rowLabel,
  onClick,
}: {
  /** The `openerId` of the row, where closing the edit brings the focus back. */
  id: string;
  label: string;
  rowLabel: string;
  onClick: () => void;
}) {
  return (
    <button id={id} type="button" className="button button--small button--secondary" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {rowLabel}</span>
    </button>
  );
}

/**
 * The edit of one row, under the list. Its heading takes the focus when it opens, or the
 * keyboard user would not know where the form appeared.
 */
export function EditPanel({
  id,
  rowId,
  labels,
  onClose,
  children,
}: {
  /** Unique on the page: names the section. */
  id: string;
  /** The row edited: opening another one moves the focus again. */
  rowId: string;
  labels: { title: string; close: string };
  onClose: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [rowId]);
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {labels.title}
      </h2>
      {children}
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {labels.close}
        </button>
      </div>
    </section>
  );
}
