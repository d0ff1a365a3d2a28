import { diffFields, type FieldChanges } from "../shared/field-changes.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Organisation } from "./organisation.schema.js";

/**
 * A SIRET is the SIREN followed by the establishment's five digits: when both are known, they
 * must agree, or one of them was mistyped.
 */
export function checkIdentifiers(identifiers: Pick<Organisation, "siren" | "siret">): Result<true> {
  const { siren, siret } = identifiers;
  if (siren && siret && !siret.startsWith(siren)) {
    return fail(
      "INVALID",
      `Le numéro SIRET ${siret} ne commence pas par le SIREN ${siren} : un SIRET est le SIREN suivi de 5 chiffres.`,
      "siret",
    );
  }
  return ok(true);
}

export const organisationFields = [
  "name",
  "kind",
  "siren",
  "siret",
  "rna",
  "themes",
  "website",
  "email",
  "phone",
  "address",
  "communeInseeCode",
  "notes",
] as const satisfies readonly (keyof Organisation)[];

/** The history's account of a partner's record: each field that changed, before and after. */
export function organisationChanges(before: Organisation | null, after: Organisation): FieldChanges {
  return diffFields<Organisation>(before, after, organisationFields);
}
