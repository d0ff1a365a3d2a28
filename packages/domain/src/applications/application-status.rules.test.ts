import { describe, expect, it } from "vitest";
import { applicationStatuses, type EditionWindow } from "./application.schema.js";
import {
  canEditApplication,
  checkApplicationTransition,
  checkDecision,
  checkEditionOpen,
  checkEditionTakesDrafts,
  checkEligibility,
  checkSubmission,
  checkWithdrawal,
  nextApplicationStatuses,
} from "./application-status.rules.js";

const edition: EditionWindow = {
  name: "Appel à candidatures 2026",
  status: "open",
  opensOn: "2026-03-01",
  closesOn: "2026-04-30",
};
const complete = {
  status: "draft" as const,
  summary: "Reconquête des cellules vacantes.",
  motivation: "Le taux de vacance a doublé en cinq ans.",
  themes: ["commerce" as const],
  perimeter: "Rue Jean-Jaurès et place du marché",
  contactName: "Sami Benali",
  contactEmail: "sami.benali@mairie.example",
};

describe("checkApplicationTransition", () => {
  it("follows an application from draft to the committee's decision", () => {
    for (const [from, to] of [
      ["draft", "submitted"],
      ["submitted", "eligible"],
      ["submitted", "ineligible"],
      ["eligible", "selected"],
      ["eligible", "rejected"],
      ["draft", "withdrawn"],
      ["submitted", "withdrawn"],
    ] as const) {
      expect(checkApplicationTransition(from, to), `${from} → ${to}`).toEqual({ ok: true, value: to });
    }
  });

  it("refuses skipping the examination and says what is possible, in French", () => {
    expect(checkApplicationTransition("submitted", "selected")).toEqual({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        message:
          "Une candidature « Déposée, en attente d'instruction » ne peut pas passer à « Retenue » ; statuts possibles : « Recevable, en attente du comité », « Irrecevable », « Retirée ».",
      },
    });
  });

  it("treats decisions and withdrawals as final", () => {
    for (const from of ["ineligible", "selected", "rejected", "withdrawn"] as const) {
      expect(nextApplicationStatuses(from)).toEqual([]);
      for (const to of applicationStatuses) {
        const result = checkApplicationTransition(from, to);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toContain("ce statut est définitif");
      }
    }
  });

  it("lets only a draft be edited", () => {
    expect(canEditApplication("draft").ok).toBe(true);
    const result = canEditApplication("submitted");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("seul un brouillon peut être modifié");
  });
});

describe("checkSubmission", () => {
  it("accepts a complete draft while the edition is open, bounds included", () => {
    for (const today of ["2026-03-01", "2026-04-01", "2026-04-30"]) {
      expect(checkSubmission(complete, edition, today)).toEqual({ ok: true, value: "submitted" });
    }
    expect(checkSubmission(complete, { ...edition, opensOn: null, closesOn: null }, "2031-01-01").ok).toBe(true);
  });

  it("refuses outside the edition's dates, giving them in French", () => {
    expect(checkSubmission(complete, edition, "2026-05-01")).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "Les candidatures à l'édition « Appel à candidatures 2026 » sont reçues du 1 mars 2026 au 30 avril 2026 : le dépôt est clos.",
      },
    });
    const early = checkSubmission(complete, { ...edition, closesOn: null }, "2026-02-28");
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.message).toBe(
        "Les candidatures à l'édition « Appel à candidatures 2026 » sont reçues à partir du 1 mars 2026 : la candidature pourra être déposée à partir de l'ouverture.",
      );
    }
  });

  it("refuses while the edition is not open, whatever the date", () => {
    const result = checkSubmission(complete, { ...edition, status: "selection" }, "2026-04-01");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        "L'édition « Appel à candidatures 2026 » ne reçoit pas de candidatures (Sélection en cours) : la candidature ne peut pas être déposée.",
      );
    }
    expect(checkEditionOpen({ ...edition, status: "planned" }, "2026-04-01").ok).toBe(false);
  });

  it("names everything missing, and points at the first missing field", () => {
    const result = checkSubmission(
      { ...complete, motivation: "", themes: [], contactEmail: "" },
      edition,
      "2026-04-01",
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "Pour déposer la candidature, renseignez la motivation, au moins un thème, l'adresse électronique du contact.",
        field: "motivation",
      },
    });
  });

  it("refuses submitting twice", () => {
    expect(checkSubmission({ ...complete, status: "submitted" }, edition, "2026-04-01").ok).toBe(false);
  });
});

describe("checkEditionTakesDrafts", () => {
  it("lets a commune prepare a draft before the edition opens and while it is open, not after", () => {
    expect(checkEditionTakesDrafts({ ...edition, status: "planned" }).ok).toBe(true);
    expect(checkEditionTakesDrafts(edition).ok).toBe(true);
    expect(checkEditionTakesDrafts({ ...edition, status: "closed" })).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "L'édition « Appel à candidatures 2026 » ne reçoit plus de candidatures (Clôturée).",
        field: "editionId",
      },
    });
  });
});

describe("checkEligibility", () => {
  it("finds a submitted application eligible, with or without a note", () => {
    expect(checkEligibility("submitted", true, "")).toEqual({ ok: true, value: "eligible" });
    expect(checkEligibility("submitted", false, "Pièces manquantes.")).toEqual({ ok: true, value: "ineligible" });
  });

  it("requires a note to find it ineligible, on the note field", () => {
    const result = checkEligibility("submitted", false, "");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe("note");
      expect(result.error.message).toContain("Une note est obligatoire");
    }
  });

  it("examines only submitted applications", () => {
    expect(checkEligibility("draft", true, "").ok).toBe(false);
    expect(checkEligibility("eligible", false, "Non").ok).toBe(false);
  });
});

describe("checkDecision", () => {
  const today = "2026-06-15";

  it("records the committee's choice on an eligible application", () => {
    expect(checkDecision("eligible", { selected: true, note: "Projet solide.", decidedOn: today }, today)).toEqual({
      ok: true,
      value: "selected",
    });
    expect(
      checkDecision("eligible", { selected: false, note: "Budget insuffisant.", decidedOn: "2026-06-01" }, today),
    ).toEqual({ ok: true, value: "rejected" });
  });

  it("requires the committee's opinion and a date already past", () => {
    const noNote = checkDecision("eligible", { selected: true, note: "", decidedOn: today }, today);
    expect(noNote.ok === false && noNote.error.field).toBe("note");
    const future = checkDecision("eligible", { selected: true, note: "Oui.", decidedOn: "2026-06-16" }, today);
    expect(future).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La date de la décision (16 juin 2026) ne peut pas être dans le futur.",
        field: "decidedOn",
      },
    });
  });

  it("decides only on eligible applications", () => {
    expect(checkDecision("submitted", { selected: true, note: "Oui.", decidedOn: today }, today).ok).toBe(false);
  });
});

describe("checkWithdrawal", () => {
  it("lets the commune withdraw until the application is examined", () => {
    expect(checkWithdrawal("draft").ok).toBe(true);
    expect(checkWithdrawal("submitted").ok).toBe(true);
    expect(checkWithdrawal("eligible").ok).toBe(false);
    expect(checkWithdrawal("withdrawn").ok).toBe(false);
  });
});
