import { describe, expect, it } from "vitest";
import { checkDependencies, checkRemoval, dependencyTitles, type PlanNode } from "./plan-dependencies.rules.js";

const invalid = (message: string) => ({ ok: false, error: { code: "INVALID", message, field: "dependsOnIds" } });

// diagnostic ← programme ← appel ← comité: each waits for the one before it.
const plan: PlanNode[] = [
  { id: "diagnostic", title: "Diagnostic commercial", dependsOnIds: [] },
  { id: "programme", title: "Programme d'actions", dependsOnIds: ["diagnostic"] },
  { id: "appel", title: "Appel à candidatures", dependsOnIds: ["programme"] },
  { id: "comite", title: "Comité de sélection", dependsOnIds: ["appel"] },
  { id: "signaletique", title: "Signalétique", dependsOnIds: [] },
];

describe("checkDependencies", () => {
  it("accepts items of the same project, without repeats", () => {
    expect(
      checkDependencies({ id: "comite", title: "Comité de sélection" }, ["appel", "signaletique", "appel"], plan),
    ).toEqual({ ok: true, value: ["appel", "signaletique"] });
    expect(checkDependencies({ id: null, title: "Nouveau" }, ["comite"], plan)).toEqual({
      ok: true,
      value: ["comite"],
    });
  });

  it("refuses an item depending on itself", () => {
    expect(checkDependencies({ id: "appel", title: "Appel à candidatures" }, ["programme", "appel"], plan)).toEqual(
      invalid("Un élément ne peut pas dépendre de lui-même : retirez « Appel à candidatures » de ses dépendances."),
    );
  });

  it("refuses a dependency outside the project's plan", () => {
    expect(checkDependencies({ id: null, title: "Nouveau" }, ["ailleurs"], plan)).toEqual(
      invalid(
        "Une dépendance n'appartient pas à ce projet : un élément ne peut dépendre que d'actions ou de jalons du même projet.",
      ),
    );
  });

  it("refuses a cycle of two, naming the chain", () => {
    expect(checkDependencies({ id: "diagnostic", title: "Diagnostic commercial" }, ["programme"], plan)).toEqual(
      invalid(
        "Dépendance circulaire : « Diagnostic commercial » → « Programme d'actions » → « Diagnostic commercial ». Chaque flèche se lit « dépend de » : retirez l'une de ces dépendances.",
      ),
    );
  });

  it("refuses a longer cycle, with every step, and the item's new title", () => {
    const result = checkDependencies(
      { id: "diagnostic", title: "Diagnostic (révisé)" },
      ["signaletique", "comite"],
      plan,
    );
    expect(result).toEqual(
      invalid(
        "Dépendance circulaire : « Diagnostic (révisé) » → « Comité de sélection » → « Appel à candidatures » → « Programme d'actions » → « Diagnostic (révisé) ». Chaque flèche se lit « dépend de » : retirez l'une de ces dépendances.",
      ),
    );
  });

  it("judges the item by its new dependencies, not the ones they replace", () => {
    // « Programme » stops waiting for the diagnostic, so the diagnostic may now wait for it.
    const replanned = plan.map((node) => (node.id === "programme" ? { ...node, dependsOnIds: [] } : node));
    expect(checkDependencies({ id: "diagnostic", title: "Diagnostic commercial" }, ["programme"], replanned).ok).toBe(
      true,
    );
    expect(checkDependencies({ id: "programme", title: "Programme d'actions" }, ["signaletique"], plan).ok).toBe(true);
  });

  it("stays finite on a plan that already holds a cycle elsewhere", () => {
    const corrupt = [
      ...plan,
      { id: "a", title: "A", dependsOnIds: ["b"] },
      { id: "b", title: "B", dependsOnIds: ["a"] },
    ];
    expect(checkDependencies({ id: "comite", title: "Comité de sélection" }, ["a"], corrupt).ok).toBe(true);
  });
});

describe("checkRemoval", () => {
  it("lets an item nothing depends on go", () => {
    expect(checkRemoval({ id: "comite", title: "Comité de sélection" }, plan).ok).toBe(true);
  });

  it("names the items that still depend on the one to delete", () => {
    expect(checkRemoval({ id: "programme", title: "Programme d'actions" }, plan)).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "« Appel à candidatures » dépend de « Programme d'actions » : retirez d'abord cette dépendance, puis supprimez « Programme d'actions ».",
      },
    });
    const shared = [...plan, { id: "vitrines", title: "Rénovation des vitrines", dependsOnIds: ["diagnostic"] }];
    const result = checkRemoval({ id: "diagnostic", title: "Diagnostic commercial" }, shared);
    expect(!result.ok && result.error.message).toBe(
      "« Programme d'actions » et « Rénovation des vitrines » dépendent de « Diagnostic commercial » : retirez d'abord ces dépendances, puis supprimez « Diagnostic commercial ».",
    );
  });
});

describe("dependencyTitles", () => {
  it("turns ids into titles in alphabetical order, for the history", () => {
    expect(dependencyTitles(["signaletique", "appel"], plan)).toEqual(["Appel à candidatures", "Signalétique"]);
  });
});
