/**
 * French names of input fields, used to say which field is wrong in validation messages.
 * Code names stay English; what users read is French.
 */
export const fieldLabels: Record<string, string> = {
  id: "identifiant",
  name: "nom",
  title: "titre",
  slug: "adresse courte",
  summary: "résumé",
  description: "description",
  objectives: "objectifs",
  budget: "budget",
  budgetEuros: "budget (€)",
  status: "statut",
  year: "année",
  opensOn: "date d'ouverture",
  closesOn: "date de clôture",
  startsOn: "date de début",
  endsOn: "date de fin",
  programmeId: "programme",
  editionId: "édition",
  projectId: "projet",
  updateId: "point d'avancement",
  communeInseeCode: "commune (code INSEE)",
  communeInseeCodes: "communes (codes INSEE)",
  inseeCode: "code INSEE",
  body: "texte",
  proposedStatus: "nouveau statut du projet",
  comment: "commentaire",
  decision: "décision",
  email: "adresse électronique",
  password: "mot de passe",
  displayName: "nom affiché",
  role: "rôle",
  token: "lien d'invitation",
  version: "version",
  query: "recherche",
  siren: "numéro SIREN",
  code: "code",
  unit: "unité",
};

export function describeField(path: ReadonlyArray<PropertyKey>): string {
  const named = path.filter((p): p is string => typeof p === "string");
  const last = named.at(-1);
  if (!last) return "la requête";
  return `« ${fieldLabels[last] ?? last} »`;
}
