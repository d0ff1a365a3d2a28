import { projectsRepository, type Tx } from "@cvv/db";
import { fail, ok, type Result } from "@cvv/domain/shared";

/**
 * Decisions and action items may be about a project, but only one of the body's programme: a
 * steering committee of one programme does not decide on another's projects. `field` names the
 * input field of the n-th entry, so the form shows the error on its line.
 */
export async function checkProgrammeProjects(
  db: Tx,
  programmeId: string,
  projectIds: readonly (string | null | undefined)[],
  field: (index: number) => string,
): Promise<Result<void>> {
  const projects = projectsRepository(db);
  const programmeOf = new Map<string, string | null>();
  for (const [i, projectId] of projectIds.entries()) {
    if (!projectId) continue;
    if (!programmeOf.has(projectId))
      programmeOf.set(projectId, (await projects.find("all", projectId))?.programmeId ?? null);
    const found = programmeOf.get(projectId);
    if (found === null) return fail("INVALID", "Ce projet n'existe pas.", field(i));
    if (found !== programmeId) {
      return fail("INVALID", "Ce projet n'appartient pas au programme de l'instance.", field(i));
    }
  }
  return ok(undefined);
}
