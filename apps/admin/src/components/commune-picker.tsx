import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Commune } from "../lib/api-types";
import { communeLabel, normalizeForSearch } from "../lib/communes";
import { messages } from "../messages.fr";
import { FieldErrorMessage, FieldHint } from "./form-field";

const t = messages.users;

/** How long typing must pause before the number of matches is read out: not one announcement per key. */
const ANNOUNCE_MATCHES_AFTER_MS = 600;

interface CommunePickerProps {
  /** Id of the filter box: the error summary's link lands there, at the top of the group. */
  id: string;
  legend: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  communes: readonly Commune[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * Several communes among the Métropole's 130: checkboxes (which every keyboard and screen reader
 * handles) under a filter box, rather than a multiple <select> that needs Ctrl+click.
 */
export function CommunePicker({ id, legend, required, hint, error, communes, selected, onChange }: CommunePickerProps) {
  const [filter, setFilter] = useState("");
  // What the live region says: a count after each change, never the list itself (heard every time).
  const [announcement, setAnnouncement] = useState("");
  const filterTouched = useRef(false);
  const listId = useId();
  const selectedId = `${id}-selected`;
  const visible = useMemo(() => {
    const needle = normalizeForSearch(filter);
    if (!needle) return communes;
    return communes.filter(
      (c) => normalizeForSearch(c.name).includes(needle) || c.inseeCode.startsWith(needle) || c.departement === needle,
    );
  }, [communes, filter]);
  const byCode = useMemo(() => new Map(communes.map((c) => [c.inseeCode, c])), [communes]);
  const fieldDescribedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const describedBy = [fieldDescribedBy, selectedId].filter(Boolean).join(" ");

  useEffect(() => {
    if (!filterTouched.current) return;
    const timer = setTimeout(() => setAnnouncement(t.communesMatching(visible.length)), ANNOUNCE_MATCHES_AFTER_MS);
    return () => clearTimeout(timer);
  }, [visible]);

  function toggle(code: string, checked: boolean) {
    const next = checked ? [...selected, code] : selected.filter((c) => c !== code);
    onChange(next);
    setAnnouncement(t.communesChosenCount(next.length));
  }

  return (
    <fieldset className={error ? "field fieldset field--invalid" : "field fieldset"} aria-describedby={describedBy}>
      <legend className="field-label">
        {legend}
        {required && <span className="field-required"> {messages.common.required}</span>}
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldErrorMessage id={id} error={error} />
      <p id={selectedId} className="picker-selection">
        {t.communesSelected(selected.length)}{" "}
        {selected
          .map((code) => byCode.get(code))
          .filter((c): c is Commune => c !== undefined)
          .map(communeLabel)
          .join(", ")}
      </p>
      <label htmlFor={id} className="field-sublabel">
        {t.communesFilter}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        autoComplete="off"
        aria-controls={listId}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy || undefined}
        value={filter}
        onChange={(e) => {
          filterTouched.current = true;
          setFilter(e.target.value);
        }}
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ul id={listId} className="checkbox-list">
        {visible.length === 0 && <li className="muted">{t.communesNoMatch}</li>}
        {visible.map((commune) => {
          const boxId = `${id}-${commune.inseeCode}`;
          return (
            <li key={commune.inseeCode} className="checkbox">
              <input
                id={boxId}
                type="checkbox"
                checked={selected.includes(commune.inseeCode)}
                onChange={(e) => toggle(commune.inseeCode, e.target.checked)}
              />
              <label htmlFor={boxId}>{communeLabel(commune)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
