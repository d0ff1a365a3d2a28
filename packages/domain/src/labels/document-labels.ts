import type { DocumentEntity } from "../documents/document.schema.js";

/**
 * The French words of documents attached to records, shared by the rules' messages and the admin
 * app (type imports only, like the rest of the labels, so the SPAs can take it at run time).
 */
export const documentEntityLabels: Record<DocumentEntity, string> = {
  project: "Projet",
  programme: "Programme",
  meeting: "Réunion",
  mission: "Mission",
  grant: "Subvention",
  application: "Candidature",
  network: "Réseau",
  network_meeting: "Réunion de réseau",
};

/** The largest document accepted, in megabytes: the rule and the form's hint say the same figure. */
export const documentMaxMegabytes = 20;

/** What may be sent, in the words of a sentence ("envoyez …"). */
export const documentTypesText =
  "un PDF, un document DOCX ou ODT, un classeur XLSX, ODS ou CSV, une image PNG ou JPEG, ou un fichier texte TXT";

/** How a version is named on screen and in messages: "version 2". */
export function documentVersionLabel(number: number): string {
  return `version ${number}`;
}
