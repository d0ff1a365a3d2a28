import { describe, expect, it } from "vitest";
import {
  checkFormula,
  evaluateComputed,
  evaluateFormula,
  formulaReferences,
  parseFormula,
  type FormulaNode,
} from "./formula.rules.js";

const invalid = (message: string) => ({ ok: false, error: { code: "INVALID", message, field: "formula" } });

const parsed = (text: string): FormulaNode => {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const values: Record<string, number | null> = { aa: 2, bb: 3, cc: 4, zero: 0, empty: null };
const valueOf = (code: string) => values[code];
const evaluate = (text: string) => evaluateFormula(parsed(text), valueOf);

describe("parseFormula", () => {
  it("builds the tree of a typical ratio", () => {
    expect(parsed("vacant_units / total_units * 100")).toEqual({
      kind: "binary",
      op: "*",
      left: {
        kind: "binary",
        op: "/",
        left: { kind: "ref", code: "vacant_units" },
        right: { kind: "ref", code: "total_units" },
      },
      right: { kind: "number", value: 100 },
    });
  });

  it("gives * and / precedence over + and -, and reads left to right", () => {
    expect(evaluate("1 + 2 * 3")).toBe(7);
    expect(evaluate("(1 + 2) * 3")).toBe(9);
    expect(evaluate("10 - 4 - 3")).toBe(3);
    expect(evaluate("24 / 4 / 2")).toBe(3);
    expect(evaluate("10 - 2 * 3 + 8 / 4")).toBe(6);
  });

  it("reads unary minus, binding tighter than * and /", () => {
    expect(parsed("-aa")).toEqual({ kind: "unary", operand: { kind: "ref", code: "aa" } });
    expect(evaluate("-aa * bb")).toBe(-6);
    expect(evaluate("aa - -bb")).toBe(5);
    expect(evaluate("2 * -3")).toBe(-6);
    expect(evaluate("--aa")).toBe(2);
    expect(evaluate("-(aa + bb)")).toBe(-5);
  });

  it("reads decimals written with a point or a comma", () => {
    expect(parsed("1,5")).toEqual({ kind: "number", value: 1.5 });
    expect(parsed("0.25")).toEqual({ kind: "number", value: 0.25 });
    expect(evaluate("aa * 1,5")).toBe(3);
  });

  it("ignores whitespace of any kind", () => {
    expect(evaluate("\taa\n*\n( bb+cc )  ")).toBe(14);
    expect(evaluate("aa*bb")).toBe(6);
  });

  it("refuses an empty formula", () => {
    expect(parseFormula("  ")).toEqual(
      invalid(
        "Formule manquante : saisissez un calcul sur des codes d'indicateurs, par exemple « vacant_units / total_units * 100 ».",
      ),
    );
  });

  it("refuses a formula longer than 500 characters", () => {
    const text = Array.from({ length: 101 }, () => "aa").join(" + ");
    expect(parseFormula(text)).toEqual(invalid(`Formule invalide : ${text.length} caractères, 500 au maximum.`));
  });

  it("says where an unexpected symbol is", () => {
    expect(parseFormula("(aa + bb) * 2)")).toEqual(invalid("Formule invalide : « ) » inattendu à la position 14."));
    expect(parseFormula("aa + * bb")).toEqual(invalid("Formule invalide : « * » inattendu à la position 6."));
    expect(parseFormula("aa bb")).toEqual(invalid("Formule invalide : « bb » inattendu à la position 4."));
    expect(parseFormula("2 (aa)")).toEqual(invalid("Formule invalide : « ( » inattendu à la position 3."));
    expect(parseFormula("()")).toEqual(invalid("Formule invalide : « ) » inattendu à la position 2."));
    expect(parseFormula("+aa")).toEqual(invalid("Formule invalide : « + » inattendu à la position 1."));
  });

  it("says what is missing at an unexpected end", () => {
    expect(parseFormula("aa *")).toEqual(
      invalid("Formule invalide : fin inattendue après « * » : un nombre, un code d'indicateur ou « ( » est attendu."),
    );
    expect(parseFormula("-")).toEqual(
      invalid("Formule invalide : fin inattendue après « - » : un nombre, un code d'indicateur ou « ( » est attendu."),
    );
  });

  it("names a parenthesis left open", () => {
    expect(parseFormula("aa * (bb + (cc)")).toEqual(
      invalid("Formule invalide : la parenthèse « ( » de la position 6 n'est jamais fermée."),
    );
  });

  it("refuses a character that is not part of the language", () => {
    expect(parseFormula("aa × bb")).toEqual(
      invalid("Formule invalide : caractère « × » non reconnu à la position 4 (opérateurs permis : + - * /)."),
    );
    expect(parseFormula("aa ^ 2").ok).toBe(false);
    expect(parseFormula("aa + 😀").ok).toBe(false);
  });

  it("refuses malformed numbers", () => {
    expect(parseFormula("aa * 1.5.2")).toEqual(
      invalid("Formule invalide : nombre « 1.5.2 » mal formé à la position 6."),
    );
    expect(parseFormula("1,")).toEqual(invalid("Formule invalide : nombre « 1, » mal formé à la position 1."));
    expect(parseFormula(".5")).toEqual(invalid("Formule invalide : nombre « .5 » mal formé à la position 1."));
    expect(parseFormula("aa , bb")).toEqual(invalid("Formule invalide : « , » inattendu à la position 4."));
    expect(parseFormula("9".repeat(400)).ok).toBe(false);
  });

  it("refuses words that are not indicator codes", () => {
    expect(parseFormula("Vacant / total_units")).toEqual(
      invalid(
        "Formule invalide : « Vacant » à la position 1 n'est pas un code d'indicateur valide (lettres minuscules, chiffres et « _ », commençant par une lettre, 2 à 63 caractères).",
      ),
    );
    expect(parseFormula("a + bb").ok).toBe(false);
    expect(parseFormula("_aa").ok).toBe(false);
    expect(parseFormula(`a${"b".repeat(63)}`).ok).toBe(false);
  });

  it("refuses nesting beyond 50 levels", () => {
    expect(parseFormula(`${"(".repeat(50)}aa${")".repeat(50)}`).ok).toBe(true);
    expect(parseFormula(`${"(".repeat(51)}aa${")".repeat(51)}`)).toEqual(
      invalid(
        "Formule invalide : plus de 50 parenthèses ou signes « - » imbriqués (position 51) ; simplifiez le calcul.",
      ),
    );
    expect(parseFormula(`${"-".repeat(51)}aa`).ok).toBe(false);
  });
});

describe("formulaReferences", () => {
  it("lists each code once, in the order written", () => {
    expect(formulaReferences(parsed("(cc + aa) / cc * -bb + aa"))).toEqual(["cc", "aa", "bb"]);
    expect(formulaReferences(parsed("1 + 2"))).toEqual([]);
  });
});

describe("evaluateFormula", () => {
  it("computes with the values given", () => {
    expect(evaluate("aa / cc * 100")).toBe(50);
  });

  it("gives null when a value is missing or null", () => {
    expect(evaluate("aa + empty")).toBeNull();
    expect(evaluate("aa + unknown_code")).toBeNull();
    expect(evaluate("0 * empty")).toBeNull();
    expect(evaluateFormula(parsed("aa + bb"), (code) => (code === "aa" ? Number.NaN : 1))).toBeNull();
  });

  it("gives null on a division by zero", () => {
    expect(evaluate("aa / zero")).toBeNull();
    expect(evaluate("aa / (bb - 3)")).toBeNull();
    expect(evaluate("zero / zero")).toBeNull();
  });

  it("gives null rather than an infinite result", () => {
    expect(evaluateFormula(parsed("aa * bb"), () => Number.MAX_VALUE)).toBeNull();
  });

  it("never returns -0", () => {
    expect(Object.is(evaluate("-zero"), 0)).toBe(true);
    expect(Object.is(evaluate("zero * -1"), 0)).toBe(true);
  });
});

describe("checkFormula", () => {
  // aa, bb: entered by hand; ratio: computed from them; chain_b → chain_c → chain_a (chain_a is being edited).
  const formulas: Record<string, string | null> = {
    aa: null,
    bb: null,
    ratio: "aa / bb",
    chain_a: "aa",
    chain_b: "chain_c + 1",
    chain_c: "chain_a * 2",
    broken: "aa +",
  };
  const formulaOf = (code: string) => formulas[code];

  it("accepts a formula over existing indicators, computed ones included", () => {
    expect(checkFormula("share", "ratio * 100 + bb", formulaOf)).toEqual({
      ok: true,
      value: parsed("ratio * 100 + bb"),
    });
  });

  it("passes syntax errors through", () => {
    expect(checkFormula("share", "aa +", formulaOf)).toEqual(parseFormula("aa +"));
  });

  it("refuses an indicator computed from itself", () => {
    expect(checkFormula("ratio", "aa / ratio", formulaOf)).toEqual(
      invalid("Formule : un indicateur ne peut pas se calculer à partir de lui-même."),
    );
  });

  it("refuses unknown codes, naming them", () => {
    expect(checkFormula("share", "aa / xyz", formulaOf)).toEqual(
      invalid("Formule : l'indicateur « xyz » n'existe pas."),
    );
    expect(checkFormula("share", "xyz + aa + uvw + xyz", formulaOf)).toEqual(
      invalid("Formule : les indicateurs « xyz », « uvw » n'existent pas."),
    );
  });

  it("refuses a cycle through other computed indicators, naming the chain", () => {
    expect(checkFormula("chain_a", "chain_b - aa", formulaOf)).toEqual(
      invalid("Formule circulaire : chain_a → chain_b → chain_c → chain_a."),
    );
    expect(checkFormula("chain_a", "chain_c", formulaOf)).toEqual(
      invalid("Formule circulaire : chain_a → chain_c → chain_a."),
    );
  });

  it("ignores stored formulas that do not parse and cycles this edit has no part in", () => {
    const corrupt: Record<string, string | null> = { loop_a: "loop_b", loop_b: "loop_a", aa: null, broken: "aa +" };
    expect(checkFormula("share", "loop_a + broken", (code) => corrupt[code]).ok).toBe(true);
  });
});

describe("evaluateComputed", () => {
  const formulas: Record<string, string | null> = {
    aa: null,
    bb: null,
    empty: null,
    sum_ab: "aa + bb",
    double_sum: "sum_ab * 2",
    with_empty: "sum_ab + empty",
    loop_a: "loop_b + 1",
    loop_b: "loop_a + 1",
    uses_loop: "aa + loop_a",
    broken: "aa +",
  };
  const formulaOf = (code: string) => formulas[code];
  // A stale stored value for a computed indicator must not be used.
  const stored = (code: string) => (code === "sum_ab" ? 999 : values[code]);

  it("computes nested computed indicators from their own formulas", () => {
    expect(evaluateComputed("double_sum", formulaOf, stored)).toBe(10);
    expect(evaluateComputed("sum_ab", formulaOf, stored)).toBe(5);
  });

  it("returns the stored value of an indicator entered by hand", () => {
    expect(evaluateComputed("aa", formulaOf, stored)).toBe(2);
    expect(evaluateComputed("empty", formulaOf, stored)).toBeNull();
  });

  it("gives null for missing values, unknown codes, unparsable formulas and cycles", () => {
    expect(evaluateComputed("with_empty", formulaOf, stored)).toBeNull();
    expect(evaluateComputed("nowhere", formulaOf, stored)).toBeNull();
    expect(evaluateComputed("broken", formulaOf, stored)).toBeNull();
    expect(evaluateComputed("loop_a", formulaOf, stored)).toBeNull();
    expect(evaluateComputed("uses_loop", formulaOf, stored)).toBeNull();
  });

  it("reads each shared input once", () => {
    const reads: string[] = [];
    const diamond: Record<string, string | null> = { aa: null, left: "aa * 2", right: "aa * 3", top: "left + right" };
    const result = evaluateComputed(
      "top",
      (code) => diamond[code],
      (code) => {
        reads.push(code);
        return values[code];
      },
    );
    expect(result).toBe(10);
    expect(reads).toEqual(["aa"]);
  });
});
