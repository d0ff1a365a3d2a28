import type { Role } from "../users/role.schema.js";
import type { Actor } from "../users/user.schema.js";

export const actions = [
  "commune.list",
  "programme.read",
  "programme.create",
  "programme.update",
  "edition.create",
  "edition.update",
  "project.list",
  "project.read",
  "project.create",
  "project.update",
  "project.changeStatus",
  "update.read",
  "update.write",
  "update.review",
  "user.list",
  "user.invite",
  "user.deactivate",
  "indicator.read",
  "indicator.manage",
  "campaign.list",
  "campaign.read",
  "campaign.manage",
  "value.read",
  "value.write",
  "value.review",
  "value.import",
  "figures.read",
  "file.upload",
  "plan.manage",
  "funding.read",
  "funding.manage",
  "expert.read",
  "expert.manage",
  "governance.read",
  "governance.manage",
  "application.read",
  "application.write",
  "application.review",
  "contract.manage",
  "document.read",
  "document.write",
  "dashboard.read",
  // Partners, contacts (personal data) and networks: officers only; contributors never see a contact.
  "partner.read",
  "partner.manage",
  "contact.read",
  "contact.manage",
  "network.read",
  "network.manage",
  // The communication plan and the veille are the officers' own tools: contributors see none of them.
  "communication.manage",
  "watch.manage",
  // The annual report: officers write, generate and publish it; the portal shows it once published.
  "report.read",
  "report.manage",
  // The annual programme of events and its registrations (personal data): officers only.
  "event.read",
  "event.manage",
  // Publications of the portal: officers write them; contributors and partners see none of the drafts.
  "publication.read",
  "publication.manage",
  // The « Guide du commerce responsable »: partners read it and propose changes, officers decide.
  "guide.read",
  "guide.propose",
  "guide.manage",
] as const;
export type Action = (typeof actions)[number];

/** What an action is about: the commune of a scoped record, or the role of a user being managed. */
export interface Resource {
  communeInseeCode?: string;
  role?: Role;
}

const officerActions: ReadonlySet<Action> = new Set(actions);

const contributorActions: ReadonlySet<Action> = new Set<Action>([
  "commune.list",
  "programme.read",
  // Listing is not scoped by a resource: the repository narrows the list to the contributor's communes.
  "project.list",
  "project.read",
  "update.read",
  "update.write",
  "indicator.read",
  // Listing is narrowed to the campaigns that include one of the contributor's communes.
  "campaign.list",
  "campaign.read",
  "value.read",
  "value.write",
  // Each imported row is checked against the contributor's communes.
  "value.import",
  "file.upload",
  // A commune sees the funding of its own projects; only officers record it.
  "funding.read",
  // A commune applies to editions and follows its applications; officers review them.
  "application.read",
  "application.write",
  // Documents of the commune's own records.
  "document.read",
  "document.write",
]);

/** A partner organisation's member reads the guide and proposes changes to it; nothing else. */
const partnerActions: ReadonlySet<Action> = new Set<Action>(["guide.read", "guide.propose"]);

/** Actions a contributor may take only on records of one of their communes. */
const communeScoped: ReadonlySet<Action> = new Set<Action>([
  "project.read",
  "update.read",
  "update.write",
  "campaign.read",
  "value.read",
  "value.write",
  "funding.read",
  "application.read",
  "application.write",
  "document.read",
  "document.write",
]);

/**
 * The one permission check of the platform. Pure: callers load the resource first and pass what
 * the rule needs. A missing commune on a scoped action is a refusal, never a pass.
 */
export function can(user: Actor | null, action: Action, resource: Resource = {}): boolean {
  if (!user) return false;
  switch (user.role) {
    case "admin":
      return true;
    case "officer":
      if (action === "user.invite" || action === "user.deactivate") {
        // Officers manage the communes' contributors and the partners; only administrators create officers or administrators.
        return resource.role === "contributor" || resource.role === "partner";
      }
      return officerActions.has(action);
    case "contributor":
      if (!contributorActions.has(action)) return false;
      if (communeScoped.has(action)) {
        return resource.communeInseeCode !== undefined && user.communeCodes.includes(resource.communeInseeCode);
      }
      return true;
    case "partner":
      return partnerActions.has(action);
  }
}
