import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page, Request } from "playwright-core";
import { accessibilityViolations } from "@cvv/tooling/testing/browser";
import { confirmationHasFocus, frenchPage, settled, signIn, startServerAndBrowser } from "./support";

/**
 * Two people edit the same project at once, in real browsers against the built server: the
 * first to save wins; the second is told, is not allowed to overwrite, and can load the current
 * version. Also: the demo-data notice shows from the sign-in page on, and the edit form is
 * accessible (axe-core), before and with the conflict notice.
 */
const app = startServerAndBrowser();
let first: Page;
let second: Page;

const projectTitle = "Revitalisation de la rue Sadi-Carnot";
const firstSummary = "Douze cellules vacantes reprises en deux ans ; un marché nocturne chaque été.";
const secondSummary = "Résumé que la seconde personne croit enregistrer sur une version dépassée.";
const demoNotice =
  "Données de démonstration : les comptes, projets et points d'avancement de cette instance sont fictifs.";

function editForm(page: Page): Locator {
  return page.getByRole("region", { name: "Modifier le projet" });
}

/** The project as the public portal's API serves it: what is stored, whatever any browser shows. */
async function storedSummary(slug: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ slug }));
  const response = await fetch(`${app.server.url}/api/public/project?input=${input}`);
  const body = (await response.json()) as { result: { data: { summary: string } } };
  return body.result.data.summary;
}

/** The input of the one tRPC call of that name in a request (the link batches: `{"0": input}`). */
function trpcInput(request: Request): Record<string, unknown> {
  const body = request.postDataJSON() as Record<string, Record<string, unknown>>;
  return body["0"] ?? {};
}

beforeAll(async () => {
  first = await frenchPage(app.browser);
  second = await frenchPage(app.browser);
});

describe("two people save the same project, in the browser", () => {
  let projectUrl = "";
  let projectSlug = "";

  it("shows the demo-data notice from the sign-in page on", async () => {
    await first.goto(`${app.server.url}/admin/`);
    await first.waitForURL(/\/admin\/connexion/);
    await settled(first);
    await expect.poll(() => first.getByText(demoNotice, { exact: true }).isVisible()).toBe(true);
    // Plain text in the banner landmark: read with the page, not announced as news.
    const notice = first.getByRole("banner").getByText(demoNotice, { exact: true });
    expect(await notice.evaluate((el) => el.closest("[aria-live], [role=status], [role=alert]"))).toBeNull();
  });

  it("signs in the officer and the administrator, who open the same project's edit form", async () => {
    await signIn(first, app.server, "officer");
    await first.getByText(demoNotice, { exact: true }).waitFor();
    await signIn(second, app.server, "admin");

    await first.getByRole("navigation").getByRole("link", { name: "Projets" }).click();
    await first.getByRole("link", { name: projectTitle }).click();
    await first.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    projectUrl = first.url();
    expect(projectUrl).toMatch(/\/admin\/projets\/[0-9a-f-]{36}$/);
    await second.goto(projectUrl);
    await second.getByRole("heading", { level: 1, name: projectTitle }).waitFor();

    for (const page of [first, second]) {
      await editForm(page).getByLabel("Titre du projet").waitFor();
      await settled(page);
    }
    expect(await accessibilityViolations(first)).toEqual([]);

    const publicProjects = (await (await fetch(`${app.server.url}/api/public/projects`)).json()) as {
      result: { data: { slug: string; title: string }[] };
    };
    projectSlug = publicProjects.result.data.find((p) => p.title === projectTitle)!.slug;
    expect(await storedSummary(projectSlug)).not.toBe(firstSummary);
  });

  it("the first to save wins, sending only what changed", async () => {
    await editForm(first).getByLabel("Résumé").fill(firstSummary);
    const [request] = await Promise.all([
      first.waitForRequest((r) => r.url().includes("/trpc/projects.update")),
      editForm(first).getByRole("button", { name: "Enregistrer les modifications" }).click(),
    ]);
    // Nothing the person did not touch is written back (no title, dates or edition from the form).
    expect(Object.keys(trpcInput(request)).sort()).toEqual(["id", "summary", "version"]);
    await confirmationHasFocus(first, "Les modifications du projet sont enregistrées.");
    await first.getByRole("region", { name: "Fiche du projet" }).getByText(firstSummary).waitFor();
    expect(await storedSummary(projectSlug)).toBe(firstSummary);
    // The project's history says who changed the summary, from what to what.
    const history = first.getByRole("region", { name: "Historique du projet" });
    const latest = history.getByRole("listitem").first();
    await expect.poll(() => latest.textContent()).toContain(`Résumé : `);
    expect(await latest.textContent()).toContain(`→ ${firstSummary}`);
    expect(await latest.textContent()).toMatch(/^Modification par /);
  });

  it("the second, still on the older version, is told and overwrites nothing", async () => {
    await editForm(second).getByLabel("Résumé").fill(secondSummary);
    await editForm(second).getByRole("button", { name: "Enregistrer les modifications" }).click();
    const notice = editForm(second).getByRole("alert");
    await notice.getByRole("heading", { name: "Quelqu'un d'autre a enregistré avant vous" }).waitFor();
    await notice.getByText("Cet enregistrement a été modifié par quelqu'un d'autre", { exact: false }).waitFor();
    // The notice takes the focus, and what the person typed is still there to copy.
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await editForm(second).getByLabel("Résumé").inputValue()).toBe(secondSummary);
    expect(await accessibilityViolations(second)).toEqual([]);
    expect(await storedSummary(projectSlug)).toBe(firstSummary);
  });

  it("after « Recharger la version actuelle », the second sees the first person's summary", async () => {
    await editForm(second).getByRole("button", { name: "Recharger la version actuelle" }).click();
    await confirmationHasFocus(second, "La version actuelle est chargée");
    await expect.poll(() => editForm(second).getByLabel("Résumé").inputValue()).toBe(firstSummary);
    await second.getByRole("region", { name: "Fiche du projet" }).getByText(firstSummary).waitFor();
    expect(await second.getByRole("main").textContent()).not.toContain(secondSummary);
    expect(await editForm(second).getByRole("alert").count()).toBe(0);
    expect(await storedSummary(projectSlug)).toBe(firstSummary);
  });
});
