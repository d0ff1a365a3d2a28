import { anonymisedContactName } from "../labels/network-labels.js";
import { diffFields, type FieldChanges } from "../shared/field-changes.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Contact, LegalBasis } from "./contact.schema.js";

/** How long a person's details are kept after the last contact with them (CNIL's guidance for prospects). */
export const RETENTION_YEARS = 3;

const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day of an instant in Paris, as YYYY-MM-DD: what "today" means to the officers. */
export function parisCalendarDate(now: Date): string {
  const parts = Object.fromEntries(parisDay.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const parts = (isoDate: string) => isoDate.split("-").map(Number) as [number, number, number];

/**
 * The day the details fall due: three years after the last contact. A last contact on 29
 * February falls due on 1 March, when the three years are complete.
 */
export function retentionDeadline(lastContactAt: string): string {
  const [y, m, d] = parts(lastContactAt);
  return iso(new Date(Date.UTC(y + RETENTION_YEARS, m - 1, d)));
}

/** Whether the person's details are due for anonymisation at `now`: three years or more since the last contact. */
export function retentionDue(lastContactAt: string, now: Date): boolean {
  return retentionDeadline(lastContactAt) <= parisCalendarDate(now);
}

/**
 * The latest last-contact date that is due at `now`, for a database query that must find exactly
 * what `retentionDue` says (on 29 February, the 28th three years before: the 29th does not exist).
 */
export function retentionCutoff(now: Date): string {
  const [y, m, d] = parts(parisCalendarDate(now));
  if (m === 2 && d === 29) return `${y - RETENTION_YEARS}-02-28`;
  return iso(new Date(Date.UTC(y - RETENTION_YEARS, m - 1, d)));
}

/** Consent is the legal basis only if the person gave it: recorded with its date, or given now. */
export function checkConsent(input: {
  legalBasis: LegalBasis;
  consentAt: string | null;
  consent: boolean | undefined;
}): Result<true> {
  if (input.legalBasis === "consent" && input.consentAt === null && input.consent !== true) {
    return fail(
      "INVALID",
      "Le consentement de la personne est requis quand la base légale est le consentement : cochez la case une fois son accord recueilli.",
      "consent",
    );
  }
  return ok(true);
}

/** A last contact cannot be in the future: the retention would be counted from a day that has not come. */
export function checkLastContact(lastContactAt: string, today: string): Result<true> {
  if (lastContactAt > today) {
    return fail("INVALID", "La date du dernier contact ne peut pas être dans le futur.", "lastContactAt");
  }
  return ok(true);
}

/** An anonymised record refuses any change: there is nobody left to write about. */
export function checkNotAnonymised(contact: Pick<Contact, "anonymisedAt">): Result<true> {
  if (contact.anonymisedAt !== null) {
    return fail("TRANSITION_REFUSED", "Ce contact a été anonymisé : il ne peut plus être modifié.");
  }
  return ok(true);
}

/** What a redacted value of the history reads. */
export const redactedValue = "(donnée effacée)";

/** The fields that identify the person: what anonymisation replaces, in the record and in its history. */
export const personalFields = ["firstName", "lastName", "jobTitle", "email", "phone", "notes"] as const;

/** What the person's fields become: the membership rows stay, so networks keep their counts. */
export const anonymisedContactFields = {
  firstName: "",
  lastName: anonymisedContactName,
  jobTitle: "",
  email: null,
  phone: "",
  notes: "",
} as const satisfies Pick<Contact, (typeof personalFields)[number]>;

/** "Camille Martin", or « Contact anonymisé ». */
export function contactDisplayName(contact: Pick<Contact, "firstName" | "lastName">): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}

export const contactFields = [
  "organisationId",
  "firstName",
  "lastName",
  "jobTitle",
  "email",
  "phone",
  "legalBasis",
  "consentAt",
  "lastContactAt",
  "notes",
] as const satisfies readonly (keyof Contact)[];

/** The history's account of a contact: each field that changed, before and after. */
export function contactChanges(before: Contact | null, after: Contact): FieldChanges {
  return diffFields<Contact>(before, after, contactFields);
}
