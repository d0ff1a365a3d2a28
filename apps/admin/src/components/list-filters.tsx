import { useState, type FormEvent, type ReactNode } from "react";
import { Link } from "react-router";
import type { UserError } from "../lib/errors";
import { clientErrors, fieldMessage } from "../lib/form";
import { ErrorSummary, type SummaryField } from "./error-summary";
import { DateField } from "./form-field";

// A mapped constraint, not a Record: the pages' filters are interfaces, which have no index signature.
type FilterValues<F> = { [K in keyof F]: string | boolean };
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/** What the form's frame needs from `useFilterForm`, whatever the list's filters are. */
interface FilterFormState {
  error: UserError | null;
  summary: Record<string, SummaryField> | undefined;
  filtered: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  clear: () => void;
}

/** A period whose end comes before its start is said at its end, not sent: the list would only come back empty. */
export function reversedPeriod({ from, to }: { from: string; to: string }, message: string): UserError | null {
  return clientErrors({ to: from !== "" && to !== "" && to < from && message });
}

/**
 * A filter form's inputs. They are only a draft until sent: the list follows the address, and
 * sending writes them there (`apply`) once `check` finds nothing wrong.
 */
export function useFilterForm<F extends FilterValues<F>>({
  current,
  apply,
  fields,
  check,
}: {
  /** The filters the address holds now. */
  current: F;
  apply: (next: F) => void;
  /** The inputs' ids, and for a form with a `check`, the summary's links to them (`formFields`). */
  fields: { id: (name: TextKey<F>) => string; summary?: Record<string, SummaryField> };
  check?: (inputs: F) => UserError | null;
}) {
  const [inputs, setInputs] = useState<F>(current);
  const [error, setError] = useState<UserError | null>(null);
  const set = (name: TextKey<F>) => (event: { target: { value: string } }) =>
    setInputs((before) => ({ ...before, [name]: event.target.value }));

  return {
    inputs,
    setInputs,
    error,
    summary: fields.summary,
    /** Whether the list shown is narrowed at all: only then is clearing offered. */
    filtered: Object.values<string | boolean>(current).some((value) => value !== "" && value !== false),
    field: (name: TextKey<F>) => ({
      id: fields.id(name),
      value: inputs[name] as string,
      onChange: set(name),
      error: fieldMessage(error, name),
    }),
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      const found = check?.(inputs) ?? null;
      setError(found);
      if (!found) apply(inputs);
    },
    clear() {
      setError(null);
      setInputs(
        Object.fromEntries(
          Object.entries<string | boolean>(current).map(([name, value]) => [
            name,
            typeof value === "boolean" ? false : "",
          ]),
        ) as F,
      );
    },
  };
}

/**
 * A list's filters: a search landmark named by its heading, the checks' summary when the form
 * has any, and "clear the filters" as a link to the plain list, offered while the list is filtered.
 */
export function ListFilters({
  titleId,
  labels,
  filters,
  resetTo,
  children,
}: {
  /** Unique on the page: names the search landmark. */
  titleId: string;
  labels: { title: string; submit: string; reset?: string };
  filters: FilterFormState;
  /** The plain list's address, for lists whose filters can be cleared. */
  resetTo?: string;
  children: ReactNode;
}) {
  return (
    <form className="filters" role="search" aria-labelledby={titleId} noValidate onSubmit={filters.onSubmit}>
      <h2 id={titleId} className="filters__title">
        {labels.title}
      </h2>
      {filters.summary && <ErrorSummary error={filters.error} fields={filters.summary} />}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {labels.submit}
        </button>
        {resetTo !== undefined && filters.filtered && (
          <Link to={resetTo} className="button button--secondary" onClick={filters.clear}>
            {labels.reset}
          </Link>
        )}
      </div>
    </form>
  );
}

interface FieldBinding {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error: string | undefined;
}

/** A period as two days. The end is where `reversedPeriod` reports, so the error summary links there. */
export function PeriodFields({
  filters,
  labels,
}: {
  filters: { field: (name: "from" | "to") => FieldBinding };
  labels: { from: string; to: string };
}) {
  return (
    <div className="field-row">
      <DateField label={labels.from} {...filters.field("from")} />
      <DateField label={labels.to} {...filters.field("to")} />
    </div>
  );
}
