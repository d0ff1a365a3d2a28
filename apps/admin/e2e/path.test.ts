import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, startServerAndBrowser } from "./support";

/**
 * The foundation's path, in a real browser against the built server: an officer sets up a
 * programme, an edition and a project, invites a commune contributor, who accepts, sees only
 * their commune, and submits an update; the officer returns it, the contributor corrects it, the
 * officer approves it, and only then does the portal show it. axe-core checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let contributor: Page;
const axe = axeRecorder();
let officerErrors: () => string[];
let contributorErrors: () => string[];

const projectTitle = "Cœur de ville de Vincennes";
const updateTitle = "Bilan du premier semestre";

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  contributor = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
  contributorErrors = watchPageErrors(contributor);
});

describe("from programme to public page, in the browser", () => {
  let projectUrl = "";
  let projectSlug = "";

  it("1. an officer signs in with the demo account printed at first start", async () => {
    const { officer: account } = app.server.demoAccounts();
    await officer.goto(`${app.server.url}/admin/`);
    await officer.waitForURL(/\/admin\/connexion/);
    await axe.check(officer, "connexion");
    await officer.getByLabel("Adresse électronique").fill(account.email);
    await officer.getByLabel("Mot de passe").fill("mauvais mot de passe");
    await officer.getByRole("button", { name: "Se connecter" }).click();
    await officer.getByText("Adresse électronique ou mot de passe incorrect.").first().waitFor();
    await officer.getByLabel("Mot de passe").fill(account.password);
    await officer.getByRole("button", { name: "Se connecter" }).click();
    await officer.getByRole("button", { name: "Se déconnecter" }).waitFor();
    await axe.check(officer, "accueil chargé de mission");
  });

  it("2. creates a programme, an edition and a project for a commune", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Programmes" }).click();
    await axe.check(officer, "programmes");
    await officer.getByLabel("Nom du programme").fill("Centres-villes vivants — saison 3");
    await officer.getByLabel(/^Statut/).selectOption({ label: "En cours" });
    await officer.getByRole("button", { name: "Créer le programme" }).click();
    await officer.getByRole("heading", { level: 1, name: "Centres-villes vivants — saison 3" }).waitFor();
    await axe.check(officer, "programme");

    await officer.getByLabel("Nom de l'édition").fill("Appel à candidatures 2027");
    await officer.getByLabel("Année").fill("2027");
    await officer.getByRole("button", { name: "Créer l'édition" }).click();
    await officer.getByText("L'édition « Appel à candidatures 2027 » a été créée.").waitFor();

    await officer.getByLabel("Commune").selectOption({ label: "Vincennes (94)" });
    await officer.getByLabel("Édition", { exact: true }).selectOption({ label: "Appel à candidatures 2027 (2027)" });
    await officer.getByLabel("Titre du projet").fill(projectTitle);
    await officer.getByLabel("Résumé", { exact: false }).last().fill("Reconquête des rez-de-chaussée commerciaux.");
    await officer.getByRole("button", { name: "Créer le projet" }).click();
    await officer.waitForURL(/\/admin\/projets\/[0-9a-f-]{36}$/);
    await officer.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    projectUrl = officer.url();
    await axe.check(officer, "projet (chargé de mission)");
  });

  it("3. invites a contributor for that commune, by e-mail", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Utilisateurs" }).click();
    await officer.getByRole("heading", { level: 1 }).waitFor();
    await officer.getByLabel("Adresse électronique").fill("manager@vincennes.example");
    await officer.getByLabel("Nom et prénom").fill("Léa Manager");
    await officer.getByLabel("Rôle").selectOption({ label: "Contributeur communal" });
    await officer.getByLabel("Filtrer la liste des communes").fill("Vincennes");
    // The picker's live region says counts only; the chosen communes are listed outside it.
    const picker = officer.getByRole("group", { name: /^Communes/ });
    const announcement = picker.locator("[aria-live]");
    await picker.getByText("1 commune correspond", { exact: true }).waitFor({ state: "attached" });
    await officer.getByLabel("Vincennes (94)").check();
    await picker.getByText("1 commune choisie", { exact: true }).waitFor({ state: "attached" });
    expect(await announcement.allTextContents()).toEqual(["1 commune choisie"]);
    await picker.getByText("1 commune choisie : Vincennes (94)").waitFor();
    await officer.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await officer.getByText("Invitation envoyée à manager@vincennes.example.", { exact: false }).waitFor();
    await axe.check(officer, "utilisateurs");
  });

  it("4. the contributor accepts the invitation and sees only their commune's projects", async () => {
    const mail = app.server.outbox().find((m) => m.includes("manager@vincennes.example"));
    expect(mail).toBeDefined();
    const link = mail!.match(/https?:\/\/\S+\/admin\/invitation\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeDefined();
    await contributor.goto(link!);
    await contributor.getByRole("heading", { level: 1, name: "Activer votre compte" }).waitFor();
    await axe.check(contributor, "invitation");
    await contributor.getByLabel("Nouveau mot de passe").fill("les commerces de Vincennes");
    await contributor.getByLabel("Confirmation du mot de passe").fill("les commerces de Vincennes");
    await contributor.getByRole("button", { name: "Activer mon compte" }).click();
    await contributor.getByRole("button", { name: "Se déconnecter" }).waitFor();
    await axe.check(contributor, "accueil contributeur");

    await contributor.getByRole("navigation").getByRole("link", { name: "Projets" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Projets" }).waitFor();
    await axe.check(contributor, "projets");
    const rows = contributor.getByRole("table").getByRole("row");
    await rows.nth(1).waitFor();
    const communes = await contributor.getByRole("table").getByRole("cell").allTextContents();
    expect(communes.join(" ")).toContain("Vincennes");
    expect(communes.join(" ")).not.toMatch(/Bondy|Bagnolet|Montreuil/);

    // Another commune's project, reached by its address, is not shown.
    await contributor.goto(projectUrl.replace(/[0-9a-f-]{36}$/, "00000000-0000-4000-8000-000000000000"));
    await contributor.getByRole("heading", { level: 1 }).waitFor();
    expect(await contributor.getByRole("main").textContent()).not.toContain(projectTitle);
  });

  it("5. the contributor submits a progress update with the project's new status", async () => {
    await contributor.goto(projectUrl);
    await contributor.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    await axe.check(contributor, "projet (contributeur)");
    await contributor.getByLabel("Titre", { exact: false }).first().fill(updateTitle);
    await contributor.getByLabel("Texte").fill("Deux boutiques ont rouvert rue de Fontenay.");
    await contributor.getByLabel("Nouveau statut du projet").selectOption({ label: "Mature" });
    await contributor.getByRole("button", { name: "Soumettre à la Métropole" }).click();
    await contributor
      .getByText(`Le point d'avancement « ${updateTitle} » est soumis à la Métropole pour relecture.`)
      .waitFor();
    await confirmationHasFocus(contributor, "est soumis à la Métropole");

    const publicProjects = (await (await fetch(`${app.server.url}/api/public/projects`)).json()) as {
      result: { data: { slug: string; title: string }[] };
    };
    projectSlug = publicProjects.result.data.find((p) => p.title === projectTitle)!.slug;
  });

  it("6. before approval, the portal shows nothing of the update", async () => {
    const visitor = await app.browser.newPage();
    await visitor.goto(`${app.server.url}/projets/${projectSlug}`);
    await visitor.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    await visitor.getByText("Aucun point d'avancement publié pour le moment.").waitFor();
    expect(await visitor.content()).not.toContain(updateTitle);
    await visitor.close();
  });

  it("7. the officer returns it with a comment; the contributor sees it, corrects and resubmits", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Accueil" }).click();
    await officer.getByRole("link", { name: new RegExp(updateTitle) }).click();
    await officer.getByRole("heading", { level: 1 }).waitFor();
    await axe.check(officer, "point d'avancement (relecture)");
    await officer.getByLabel("Commentaire").fill("Merci d'indiquer la surface des locaux repris.");
    await officer.getByRole("button", { name: "Renvoyer pour correction" }).click();
    await officer.getByText("Le point d'avancement est renvoyé à la commune avec votre commentaire.").waitFor();
    await confirmationHasFocus(officer, "renvoyé à la commune");

    await contributor.goto(`${app.server.url}/admin/`);
    await contributor.getByText("Merci d'indiquer la surface des locaux repris.").first().waitFor();
    await contributor
      .getByRole("link", { name: new RegExp(updateTitle) })
      .first()
      .click();
    await contributor.getByRole("heading", { level: 1 }).waitFor();
    await contributor.getByText("Merci d'indiquer la surface des locaux repris.").first().waitFor();
    await axe.check(contributor, "point d'avancement (correction)");
    await contributor.getByLabel("Texte").fill("Deux boutiques ont rouvert rue de Fontenay (240 m² au total).");
    await contributor.getByRole("button", { name: "Soumettre à nouveau" }).click();
    await contributor.getByText("Le point d'avancement est soumis à la Métropole pour relecture.").waitFor();
    await confirmationHasFocus(contributor, "soumis à la Métropole pour relecture");
  });

  it("8. the officer approves; the portal then shows the update and the new status", async () => {
    await officer.goto(`${app.server.url}/admin/`);
    await officer.getByRole("link", { name: new RegExp(updateTitle) }).click();
    await officer.getByRole("button", { name: "Approuver et publier" }).click();
    await officer.getByText("Le point d'avancement est approuvé et publié sur le portail.").waitFor();
    await confirmationHasFocus(officer, "approuvé et publié");
    // The review form is gone; the keyed forms were re-created: the focus stays on the confirmation.
    await officer.getByRole("button", { name: "Approuver et publier" }).waitFor({ state: "detached" });
    await confirmationHasFocus(officer, "approuvé et publié");

    const visitor = await app.browser.newPage();
    await visitor.goto(`${app.server.url}/projets/${projectSlug}`);
    await visitor.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    await visitor.getByText(updateTitle).waitFor();
    await visitor.getByText("240 m² au total").waitFor();
    expect(await visitor.getByRole("main").textContent()).toContain("Mature");
    await visitor.close();
  });

  it("9. signing out ends the session", async () => {
    await contributor.getByRole("button", { name: "Se déconnecter" }).click();
    await contributor.waitForURL(/\/admin\/connexion/);
    await contributor.goto(projectUrl);
    await contributor.waitForURL(/\/admin\/connexion/);
  });

  it("10. the 404 page of the admin app is accessible too", async () => {
    await officer.goto(`${app.server.url}/admin/page-inexistante`);
    await axe.check(officer, "404");
  });

  it("raised no script error nor security-policy refusal on the way", () => {
    expect([...officerErrors(), ...contributorErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ atLeast: 12 });
  });
});
