import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { CheckboxField } from "../components/checkbox-field";
import { ConfirmRemoval } from "../components/confirm-removal";
import { EditButton, EditPanel, useEditing } from "../components/edit-panel";
import { ErrorSummary } from "../components/error-summary";
import { DateField, Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { ListFilters, PeriodFields, reversedPeriod, useFilterForm } from "../components/list-filters";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Inputs, Outputs } from "../lib/api-types";
import { bindFields, changedFields, clientErrors, formFields, useSending } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import { choiceParam, dateParam, withParams } from "../lib/search-params";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../communication.css";

const t = messages.communication;

type ActionView = Outputs["communication"]["list"]["actions"][number];
type Options = Outputs["communication"]["options"];
type Channel = ActionView["channel"];
type Status = ActionView["status"];
type ListInput = Inputs["communication"]["list"];

const channels = Object.keys(t.channel) as Channel[];
const statuses = Object.keys(t.status) as Status[];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const parisMonthParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
});

/** "décembre 2026" */
function monthName(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function currentParisMonth(): string {
  const parts = Object.fromEntries(parisMonthParts.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
}

function adjacent(month: string, step: 1 | -1): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + step, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first, other months' days as null (the same rule as the domain's monthWeeks). */
function monthWeeks(month: string): (string | null)[][] {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= lastDay; day++) cells.push(`${month}-${String(day).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

interface Filters {
  from: string;
  to: string;
  channel: string;
  status: string;
  ownerId: string;
  overdue: boolean;
}

/**
 * Everything the page shows is in its address (?vue=calendrier&mois=2026-12&canal=presse…): the
 * list and the calendar share the filters, and a view can be bookmarked or sent.
 */
function usePlanSearch() {
  const [params, setParams] = useSearchParams();
  const view: "list" | "calendar" = params.get("vue") === "calendrier" ? "calendar" : "list";
  const monthParam = params.get("mois") ?? "";
  const month = MONTH.test(monthParam) ? monthParam : currentParisMonth();
  const filters: Filters = {
    from: dateParam(params, "du"),
    to: dateParam(params, "au"),
    channel: choiceParam(params, "canal", channels),
    status: choiceParam(params, "statut", statuses),
    ownerId: params.get("responsable") ?? "",
    overdue: params.get("retard") === "oui",
  };
  const sort: "asc" | "desc" = params.get("tri") === "desc" ? "desc" : "asc";

  /** The address of the page with some of its parameters changed, the others kept. */
  const href = (changes: Record<string, string | null>) => `?${withParams(params, changes).toString()}`;
  const applyFilters = (next: Filters) =>
    setParams(
      withParams(params, {
        du: next.from,
        au: next.to,
        canal: next.channel,
        statut: next.status,
        responsable: next.ownerId,
        retard: next.overdue ? "oui" : null,
      }),
    );
  return { view, month, filters, sort, href, applyFilters };
}

type PlanSearch = ReturnType<typeof usePlanSearch>;

function listInput(search: PlanSearch): ListInput {
  const { filters } = search;
  return {
    ...(search.view === "calendar"
      ? { month: search.month }
      : { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) }),
    ...(filters.channel ? { channel: filters.channel as Channel } : {}),
    ...(filters.status ? { status: filters.status as Status } : {}),
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
  };
}

const filterFields = formFields("filtres", {
  from: t.filterFrom,
  to: t.filterTo,
  channel: t.filterChannel,
  status: t.filterStatus,
  ownerId: t.filterOwner,
});

function FiltersForm({ search, owners }: { search: PlanSearch; owners: Options["owners"] }) {
  const filters = useFilterForm({
    current: search.filters,
    apply: search.applyFilters,
    fields: filterFields,
    check: (inputs) => reversedPeriod(inputs, t.periodReversed),
  });

  return (
    <ListFilters
      titleId="filtres-titre"
      labels={{ title: t.filtersTitle, submit: t.filterSubmit, reset: t.filterReset }}
      filters={filters}
      resetTo={search.href({ du: null, au: null, canal: null, statut: null, responsable: null, retard: null })}
    >
      {search.view === "list" ? (
        <PeriodFields filters={filters} labels={{ from: t.filterFrom, to: t.filterTo }} />
      ) : (
        <p className="field-hint">{t.filterPeriodHint}</p>
      )}
      <div className="field-row">
        <SelectField label={t.filterChannel} {...filters.field("channel")}>
          <option value="">{t.filterAll}</option>
          <Options values={channels} labels={t.channel} />
        </SelectField>
        <SelectField label={t.filterStatus} {...filters.field("status")}>
          <option value="">{t.filterAll}</option>
          <Options values={statuses} labels={t.status} />
        </SelectField>
        <SelectField label={t.filterOwner} {...filters.field("ownerId")}>
          <option value="">{t.filterAll}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.displayName}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        id="filtres-retard"
        label={t.filterOverdue}
        checked={filters.inputs.overdue}
        onChange={(overdue) => filters.setInputs((current) => ({ ...current, overdue }))}
      />
    </ListFilters>
  );
}

/** The status in words, and "en retard" in words too: never a colour alone. */
function StatusText({ action }: { action: ActionView }) {
  return (
    <>
      {t.status[action.status]}
      {action.overdue && (
        <>
          {" "}
          <span className="badge badge--warning">{t.overdue}</span>
        </>
      )}
    </>
  );
}

function Links({ action }: { action: ActionView }) {
  const links = [
    action.eventTitle ? t.linkEvent(action.eventTitle) : null,
    action.publicationTitle ? t.linkPublication(action.publicationTitle) : null,
  ].filter((link): link is string => link !== null);
  if (links.length === 0) return <>{messages.common.emptyCell}</>;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link}>{link}</li>
      ))}
    </ul>
  );
}

/** The row's button that opens its edit, where closing the edit brings the focus back. */
const openerId = (id: string) => `modifier-${id}`;

function ManageButton({ action, onManage }: { action: ActionView; onManage: (id: string) => void }) {
  return (
    <EditButton
      id={openerId(action.id)}
      label={t.manage}
      rowLabel={t.manageFor(action.title)}
      onClick={() => onManage(action.id)}
    />
  );
}

function ActionsTable({
  actions,
  search,
  onManage,
}: {
  actions: ActionView[];
  search: PlanSearch;
  onManage: (id: string) => void;
}) {
  const sorted = search.sort === "asc" ? actions : [...actions].reverse();
  const nextSort = search.sort === "asc" ? "desc" : "asc";
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>{t.listCaption(actions.length, search.sort)}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={search.sort === "asc" ? "ascending" : "descending"}>
              <Link to={search.href({ tri: nextSort === "desc" ? "desc" : null })} className="sort-link">
                {t.colDate}
                <span aria-hidden="true">{search.sort === "asc" ? " ▲" : " ▼"}</span>
                <span className="visually-hidden"> : {nextSort === "asc" ? t.sortAsc : t.sortDesc}</span>
              </Link>
            </th>
            <th scope="col">{t.colTitle}</th>
            <th scope="col">{t.colChannel}</th>
            <th scope="col">{t.colAudience}</th>
            <th scope="col">{t.colOwner}</th>
            <th scope="col">{t.colLinks}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colManage}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((action) => (
            <tr key={action.id}>
              <td>{formatDate(action.plannedOn)}</td>
              <th scope="row">{action.title}</th>
              <td>{t.channel[action.channel]}</td>
              <td>{action.audience || messages.common.emptyCell}</td>
              <td>{action.ownerName ?? t.noOwner}</td>
              <td>
                <Links action={action} />
              </td>
              <td>
                <StatusText action={action} />
              </td>
              <td>
                <ManageButton action={action} onManage={onManage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The month as a table: one column per weekday, one row per week, each day's cell listing its
 * actions. Screen readers announce the weekday with each cell and can move by row or column.
 */
function ActionsCalendar({
  actions,
  today,
  search,
  onManage,
}: {
  actions: ActionView[];
  today: string;
  search: PlanSearch;
  onManage: (id: string) => void;
}) {
  const byDay = new Map<string, ActionView[]>();
  for (const action of actions) byDay.set(action.plannedOn, [...(byDay.get(action.plannedOn) ?? []), action]);
  const previous = adjacent(search.month, -1);
  const next = adjacent(search.month, 1);
  return (
    <>
      <nav className="month-nav" aria-label={t.monthNav}>
        <Link to={search.href({ mois: previous, vue: "calendrier" })} rel="prev">
          <span aria-hidden="true">← </span>
          {t.previousMonth(monthName(previous))}
        </Link>
        <Link to={search.href({ mois: next, vue: "calendrier" })} rel="next">
          {t.nextMonth(monthName(next))}
          <span aria-hidden="true"> →</span>
        </Link>
      </nav>
      <div className="table-wrapper">
        <table className="table calendar">
          <caption>{capitalised(t.calendarCaption(monthName(search.month), actions.length))}</caption>
          <thead>
            <tr>
              {t.weekdays.map((day, index) => (
                <th key={day} scope="col" abbr={day}>
                  <span aria-hidden="true">{t.weekdaysShort[index]}</span>
                  <span className="visually-hidden">{day}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(search.month).map((week, index) => (
              <tr key={index}>
                {week.map((day, column) =>
                  day === null ? (
                    <td key={`vide-${column}`} className="calendar__out" />
                  ) : (
                    <td key={day} className="calendar__day" aria-current={day === today ? "date" : undefined}>
                      <p className="calendar__date">
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        <span className="visually-hidden">{formatDate(day)}</span>
                        {day === today && <span className="calendar__today"> ({t.today})</span>}
                      </p>
                      {(byDay.get(day) ?? []).length === 0 ? (
                        <span className="visually-hidden">{t.emptyDay}</span>
                      ) : (
                        <ul className="calendar__actions">
                          {(byDay.get(day) ?? []).map((action) => (
                            <li
                              key={action.id}
                              className={
                                action.overdue ? "calendar__action calendar__action--late" : "calendar__action"
                              }
                            >
                              <span className="calendar__title">{action.title}</span>
                              <span className="calendar__meta">
                                {t.channel[action.channel]} — <StatusText action={action} />
                              </span>
                              <ManageButton action={action} onManage={onManage} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface ActionValues {
  title: string;
  channel: string;
  plannedOn: string;
  audience: string;
  message: string;
  ownerId: string;
  eventId: string;
  publicationId: string;
  status: string;
}

const emptyAction: ActionValues = {
  title: "",
  channel: "",
  plannedOn: "",
  audience: "",
  message: "",
  ownerId: "",
  eventId: "",
  publicationId: "",
  status: "planned",
};

function toValues(action: ActionView): ActionValues {
  return {
    title: action.title,
    channel: action.channel,
    plannedOn: action.plannedOn,
    audience: action.audience,
    message: action.message,
    ownerId: action.ownerId ?? "",
    eventId: action.eventId ?? "",
    publicationId: action.publicationId ?? "",
    status: action.status,
  };
}

/** The form's texts as the API takes them: an empty picker is "no link" (null). */
function toInput(values: Partial<ActionValues>) {
  const id = (value: string | undefined) => (value === undefined ? undefined : value === "" ? null : value);
  const input = {
    title: values.title,
    channel: values.channel as Channel | undefined,
    plannedOn: values.plannedOn,
    audience: values.audience,
    message: values.message,
    ownerId: id(values.ownerId),
    eventId: id(values.eventId),
    publicationId: id(values.publicationId),
    status: values.status as Status | undefined,
  };
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Inputs["communication"]["create"];
}

function ActionForm({
  idPrefix,
  initial,
  options,
  statusChoices,
  submitLabel,
  onSend,
}: {
  idPrefix: string;
  initial?: ActionValues;
  options: Options;
  /** The statuses the action may take now (its own first); none when planning a new one. */
  statusChoices?: Status[];
  submitLabel: string;
  onSend: (values: ActionValues) => Promise<void>;
}) {
  const [inputs, setInputs] = useState<ActionValues>(initial ?? emptyAction);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    title: t.form.title,
    channel: t.form.channel,
    plannedOn: t.form.plannedOn,
    audience: t.form.audience,
    message: t.form.message,
    ownerId: t.form.ownerId,
    status: t.form.status,
    eventId: t.form.eventId,
    publicationId: t.form.publicationId,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      channel: inputs.channel === "" && messages.errors.required,
      plannedOn: inputs.plannedOn === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      await onSend({ ...inputs, title: inputs.title.trim() });
      if (!initial) setInputs(emptyAction);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} />
      <TextField label={t.form.title} required autoComplete="off" {...field("title")} />
      <div className="field-row">
        <SelectField label={t.form.channel} required {...field("channel")}>
          <option value="">{messages.common.notSet}</option>
          <Options values={channels} labels={t.channel} />
        </SelectField>
        <DateField label={t.form.plannedOn} required {...field("plannedOn")} />
        {statusChoices && (
          <SelectField label={t.form.status} required {...field("status")}>
            <Options values={statusChoices} labels={t.status} />
          </SelectField>
        )}
      </div>
      <TextField label={t.form.audience} hint={t.form.audienceHint} autoComplete="off" {...field("audience")} />
      <TextAreaField label={t.form.message} rows={3} {...field("message")} />
      <SelectField label={t.form.ownerId} {...field("ownerId")}>
        <option value="">{t.form.noOwner}</option>
        {options.owners.map((owner) => (
          <option key={owner.id} value={owner.id}>
            {owner.displayName}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <SelectField label={t.form.eventId} {...field("eventId")}>
          <option value="">{t.form.noEvent}</option>
          {options.events.map((event) => (
            <option key={event.id} value={event.id}>
              {t.form.optionDated(event.title, formatDate(event.date))}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.form.publicationId} {...field("publicationId")}>
          <option value="">{t.form.noPublication}</option>
          {options.publications.map((publication) => (
            <option key={publication.id} value={publication.id}>
              {t.form.optionDated(publication.title, formatDate(publication.date))}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

async function refreshPlan(id?: string) {
  await Promise.all([
    queryClient.invalidateQueries(trpc.communication.list.queryFilter()),
    ...(id ? [queryClient.invalidateQueries(trpc.communication.history.queryFilter({ id }))] : []),
  ]);
}

function ActionHistory({ id }: { id: string }) {
  const history = useQuery(trpc.communication.history.queryOptions({ id }));
  const h = messages.recordHistory;
  return (
    <section aria-labelledby="historique-action">
      <h3 id="historique-action">{t.historyTitle}</h3>
      <QueryBoundary query={history}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{h.empty}</p>
          ) : (
            <ol className="trail">
              {entries.map((entry) => (
                <li key={entry.id} className="trail__item">
                  <p className="trail__what">
                    {h.entry(
                      h.actions[entry.action as keyof typeof h.actions] ?? h.otherAction,
                      entry.actorName ?? h.unknownActor,
                      formatDateTime(entry.createdAt),
                    )}
                  </p>
                  {entry.lines.length > 0 && (
                    <ul>
                      {entry.lines.map((line) => (
                        <li key={line.field}>{h.line(line.field, line.before, line.after)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}

/** One action's edit, opened from its row or its day: the heading takes the focus, closing gives it back. */
function EditAction({
  action,
  options,
  onDone,
  onClose,
}: {
  action: ActionView;
  options: Options;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const [opened] = useState(() => ({ id: action.id, version: action.version, values: toValues(action) }));
  const update = useMutation(trpc.communication.update.mutationOptions());
  const remove = useMutation(trpc.communication.delete.mutationOptions());

  async function send(values: ActionValues) {
    const changes = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const saved = await update.mutateAsync({ id: opened.id, version: opened.version, ...toInput(changes) });
    onDone(t.saved(saved.title));
    await refreshPlan(opened.id);
  }

  return (
    <EditPanel
      id="modifier-action"
      rowId={action.id}
      labels={{ title: t.editTitle(action.title), close: t.closeEdit }}
      onClose={onClose}
    >
      <ActionForm
        idPrefix="modifier-action"
        initial={opened.values}
        options={options}
        statusChoices={[action.status, ...action.nextStatuses]}
        submitLabel={messages.common.saveChanges}
        onSend={send}
      />
      {action.status === "planned" && (
        <ConfirmRemoval
          id="supprimer-action-avertissement"
          className="removal"
          labels={t.remove}
          onConfirm={async () => {
            await remove.mutateAsync({ id: action.id, version: action.version });
            onDone(t.deleted(action.title));
            onClose();
            await refreshPlan();
          }}
        />
      )}
      <ActionHistory id={action.id} />
    </EditPanel>
  );
}

function NewAction({ options, onDone }: { options: Options; onDone: (message: string) => void }) {
  const create = useMutation(trpc.communication.create.mutationOptions());
  async function send(values: ActionValues) {
    const { status: _status, ...rest } = values;
    const created = await create.mutateAsync(toInput(rest));
    onDone(t.created(created.title));
    await refreshPlan();
  }
  return (
    <section aria-labelledby="nouvelle-action-titre">
      <h2 id="nouvelle-action-titre">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <ActionForm idPrefix="nouvelle-action" options={options} submitLabel={t.newSubmit} onSend={send} />
    </section>
  );
}

export function CommunicationPage() {
  const search = usePlanSearch();
  const options = useQuery(trpc.communication.options.queryOptions());
  const plan = useQuery(trpc.communication.list.queryOptions(listInput(search)));
  const confirmation = useConfirmation();
  const editing = useEditing(openerId);
  const editingAction = plan.data?.actions.find((a) => a.id === editing.editing) ?? null;

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <nav className="view-switch" aria-label={t.viewsLabel}>
        <ul>
          <li>
            <Link
              to={search.href({ vue: null, mois: null })}
              aria-current={search.view === "list" ? "page" : undefined}
            >
              {t.viewList}
            </Link>
          </li>
          <li>
            <Link
              to={search.href({ vue: "calendrier", mois: search.month })}
              aria-current={search.view === "calendar" ? "page" : undefined}
            >
              {t.viewCalendar}
            </Link>
          </li>
        </ul>
      </nav>
      <QueryBoundary query={options}>
        {(opts) => (
          <FiltersForm key={JSON.stringify(search.filters) + search.view} search={search} owners={opts.owners} />
        )}
      </QueryBoundary>
      <StatusMessage {...confirmation.props} />
      <p role="status" className="result-count">
        {plan.data ? t.count(plan.data.actions.length) : ""}
      </p>
      <QueryBoundary query={plan}>
        {(data) =>
          search.view === "calendar" ? (
            <ActionsCalendar actions={data.actions} today={data.today} search={search} onManage={editing.open} />
          ) : data.actions.length === 0 ? null : (
            <ActionsTable actions={data.actions} search={search} onManage={editing.open} />
          )
        }
      </QueryBoundary>
      {editingAction && options.data && (
        <EditAction
          key={`${editingAction.id}-${editingAction.version}`}
          action={editingAction}
          options={options.data}
          onDone={confirmation.show}
          onClose={editing.close}
        />
      )}
      {options.data && <NewAction options={options.data} onDone={confirmation.show} />}
    </>
  );
}
