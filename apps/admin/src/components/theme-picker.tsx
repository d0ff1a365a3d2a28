import type { ProjectTheme } from "@cvv/domain/projects";
import { messages } from "../messages.fr";
import { FieldErrorMessage, FieldHint } from "./form-field";

const themeLabels = messages.applications.themes;
/** In the programme's order, which is also the order the API keeps them in. */
export const projectThemes = Object.keys(themeLabels) as ProjectTheme[];

interface ThemePickerProps {
  /** The first box's id: the error summary's link lands there, at the top of the group. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  selected: readonly ProjectTheme[];
  onChange: (next: ProjectTheme[]) => void;
}

/** A project's or an application's themes: a group of checkboxes, which every keyboard and screen reader handles. */
export function ThemePicker({ id, legend, hint, error, required, selected, onChange }: ThemePickerProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      className={error ? "field fieldset field--invalid" : "field fieldset"}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field-label">
        {legend}
        {required && <span className="field-required"> {messages.common.required}</span>}
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldErrorMessage id={id} error={error} />
      <ul className="checkbox-list">
        {projectThemes.map((theme, index) => {
          const boxId = index === 0 ? id : `${id}-${theme}`;
          return (
            <li key={theme} className="checkbox">
              <input
                id={boxId}
                type="checkbox"
                checked={selected.includes(theme)}
                aria-invalid={error ? true : undefined}
                onChange={(e) =>
                  // Kept in the programme's order, as the API stores them: an unchanged choice compares equal.
                  onChange(projectThemes.filter((t) => (t === theme ? e.target.checked : selected.includes(t))))
                }
              />
              <label htmlFor={boxId}>{themeLabels[theme]}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** "Commerce, Espace public", or the given words when there is none. */
export function themeList(themes: readonly ProjectTheme[], none: string): string {
  return themes.length === 0 ? none : themes.map((theme) => themeLabels[theme]).join(", ");
}

/**
 * The stored list itself when the choice is the same again: an edit compares fields by identity
 * (`changedFields`), and must not count an unchanged choice of themes as a change.
 */
export function unlessUnchanged(themes: ProjectTheme[], stored: ProjectTheme[]): ProjectTheme[] {
  return themes.join() === stored.join() ? stored : themes;
}
