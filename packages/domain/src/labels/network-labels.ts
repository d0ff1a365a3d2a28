import type { LegalBasis } from "../contacts/contact.schema.js";
import type { NetworkKind } from "../networks/network.schema.js";
import type { OrganisationKind } from "../partners/organisation.schema.js";

/** The French names of partners' kinds, contacts' legal bases and networks' kinds (see index.ts: no zod here). */
export const organisationKindLabels: Record<OrganisationKind, string> = {
  chamber: "Chambre consulaire (CCI, CMA)",
  association: "Association",
  public_body: "Organisme public",
  amo: "AMO (assistance à maîtrise d'ouvrage)",
  company: "Entreprise",
  commune_service: "Service d'une commune",
};

/** Article 6 of the GDPR: why the programme may keep a person's details. */
export const legalBasisLabels: Record<LegalBasis, string> = {
  consent: "Consentement de la personne",
  legitimate_interest: "Intérêt légitime",
  public_task: "Mission d'intérêt public",
  contract: "Exécution d'un contrat",
};

export const networkKindLabels: Record<NetworkKind, string> = {
  town_centre_managers: "Managers de centre-ville",
  craft_referents: "Référents métiers d'art",
  experts: "Experts",
  partners: "Partenaires",
  working_group: "Groupe de travail",
  other: "Autre réseau",
};

/** What an anonymised contact is called everywhere, once the retention rule or an erasure has run. */
export const anonymisedContactName = "Contact anonymisé";
