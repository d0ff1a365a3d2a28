import { fail, ok, type Result } from "../shared/result.js";
import { indicatorCodeSchema } from "./indicator.schema.js";

export type FormulaOperator = "+" | "-" | "*" | "/";

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "ref"; code: string }
  | { kind: "unary"; operand: FormulaNode }
  | { kind: "binary"; op: FormulaOperator; left: FormulaNode; right: FormulaNode };

export const formulaMaxLength = 500;
/** Nested parentheses and minus signs; far beyond any real formula, low enough to keep recursion shallow. */
export const formulaMaxDepth = 50;

type Token =
  | { type: "number"; text: string; position: number; value: number }
  | { type: "name"; text: string; position: number }
  | { type: "symbol"; text: FormulaOperator | "(" | ")"; position: number }
  | { type: "end"; text: ""; position: number };

/** Thrown inside the parser only, so that the recursive descent stays readable; never leaves this module. */
class FormulaSyntaxError extends Error {}

const syntaxError = (detail: string) => new FormulaSyntaxError(`Formule invalide : ${detail}`);

/** Keeps a message readable when the offending piece is long. */
function quote(text: string): string {
  return `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    // Positions are 1-based: they are read by people counting characters, not by programs.
    const position = i + 1;
    if (/\s/.test(char)) {
      i++;
    } else if ("+-*/()".includes(char)) {
      tokens.push({ type: "symbol", text: char as FormulaOperator | "(" | ")", position });
      i++;
    } else if (/[\d.,]/.test(char)) {
      const run = /^[\d.,]+/.exec(text.slice(i))?.[0] ?? char;
      if (!/\d/.test(run)) throw syntaxError(`${quote(run)} inattendu à la position ${position}.`);
      if (!/^\d+(?:[.,]\d+)?$/.test(run)) {
        throw syntaxError(`nombre ${quote(run)} mal formé à la position ${position}.`);
      }
      // A French decimal comma is accepted since that is how people here write numbers.
      const value = Number(run.replace(",", "."));
      if (!Number.isFinite(value)) throw syntaxError(`nombre ${quote(run)} trop grand à la position ${position}.`);
      tokens.push({ type: "number", text: run, position, value });
      i += run.length;
    } else if (/[A-Za-z_]/.test(char)) {
      // Read the whole word before judging it, so "Vacant" is named as a bad code rather than as a bad "V".
      const name = /^[A-Za-z0-9_]+/.exec(text.slice(i))?.[0] ?? char;
      if (!indicatorCodeSchema.safeParse(name).success) {
        throw syntaxError(
          `${quote(name)} à la position ${position} n'est pas un code d'indicateur valide ` +
            "(lettres minuscules, chiffres et « _ », commençant par une lettre, 2 à 63 caractères).",
        );
      }
      tokens.push({ type: "name", text: name, position });
      i += name.length;
    } else {
      const whole = String.fromCodePoint(text.codePointAt(i) ?? 0);
      throw syntaxError(
        `caractère ${quote(whole)} non reconnu à la position ${position} (opérateurs permis : + - * /).`,
      );
    }
  }
  tokens.push({ type: "end", text: "", position: text.length + 1 });
  return tokens;
}

function parseTokens(tokens: Token[]): FormulaNode {
  let i = 0;
  const peek = (): Token => tokens[i] ?? tokens[tokens.length - 1]!;
  const next = (): Token => {
    const token = peek();
    if (token.type !== "end") i++;
    return token;
  };
  const unexpected = (token: Token): FormulaSyntaxError => {
    if (token.type !== "end") return syntaxError(`${quote(token.text)} inattendu à la position ${token.position}.`);
    const previous = tokens[i - 1];
    return syntaxError(
      `fin inattendue${previous ? ` après ${quote(previous.text)}` : ""} : un nombre, un code d'indicateur ou « ( » est attendu.`,
    );
  };
  const isSymbol = (token: Token, ...symbols: string[]) => token.type === "symbol" && symbols.includes(token.text);

  // expression := term (("+" | "-") term)* ; term := factor (("*" | "/") factor)* ; factor := "-" factor | primary
  const expression = (depth: number): FormulaNode => {
    let node = term(depth);
    while (isSymbol(peek(), "+", "-")) {
      const op = next().text as FormulaOperator;
      node = { kind: "binary", op, left: node, right: term(depth) };
    }
    return node;
  };
  const term = (depth: number): FormulaNode => {
    let node = factor(depth);
    while (isSymbol(peek(), "*", "/")) {
      const op = next().text as FormulaOperator;
      node = { kind: "binary", op, left: node, right: factor(depth) };
    }
    return node;
  };
  const deeper = (depth: number, token: Token): number => {
    if (depth >= formulaMaxDepth) {
      throw syntaxError(
        `plus de ${formulaMaxDepth} parenthèses ou signes « - » imbriqués (position ${token.position}) ; simplifiez le calcul.`,
      );
    }
    return depth + 1;
  };
  const factor = (depth: number): FormulaNode => {
    const token = peek();
    if (isSymbol(token, "-")) {
      next();
      return { kind: "unary", operand: factor(deeper(depth, token)) };
    }
    if (token.type === "number") {
      next();
      return { kind: "number", value: token.value };
    }
    if (token.type === "name") {
      next();
      return { kind: "ref", code: token.text };
    }
    if (isSymbol(token, "(")) {
      next();
      const inner = expression(deeper(depth, token));
      const closing = peek();
      if (closing.type === "end") {
        throw syntaxError(`la parenthèse « ( » de la position ${token.position} n'est jamais fermée.`);
      }
      if (!isSymbol(closing, ")")) throw unexpected(closing);
      next();
      return inner;
    }
    throw unexpected(token);
  };

  const root = expression(0);
  if (peek().type !== "end") throw unexpected(peek());
  return root;
}

export function parseFormula(text: string): Result<FormulaNode> {
  const length = text.trim().length;
  if (length === 0) {
    return fail(
      "INVALID",
      "Formule manquante : saisissez un calcul sur des codes d'indicateurs, par exemple « vacant_units / total_units * 100 ».",
      "formula",
    );
  }
  if (length > formulaMaxLength) {
    return fail("INVALID", `Formule invalide : ${length} caractères, ${formulaMaxLength} au maximum.`, "formula");
  }
  try {
    return ok(parseTokens(tokenize(text)));
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return fail("INVALID", error.message, "formula");
    throw error;
  }
}

/** Codes the formula reads, each once, in the order they are written. */
export function formulaReferences(node: FormulaNode): string[] {
  const codes = new Set<string>();
  const visit = (n: FormulaNode): void => {
    if (n.kind === "ref") codes.add(n.code);
    else if (n.kind === "unary") visit(n.operand);
    else if (n.kind === "binary") {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return [...codes];
}

/**
 * How formulas find the indicators they read: `undefined` when no indicator has that code, `null` when it exists and
 * is entered by hand, its formula text when it is computed.
 */
export type FormulaLookup = (code: string) => string | null | undefined;

/** References of a stored formula; one that no longer parses reads nothing, since it is not the one being checked. */
function storedReferences(formula: string | null | undefined): string[] {
  if (typeof formula !== "string") return [];
  const parsed = parseFormula(formula);
  return parsed.ok ? formulaReferences(parsed.value) : [];
}

/** Validates the formula `text` about to be saved for indicator `code`, against the indicators as they are now. */
export function checkFormula(code: string, text: string, formulaOf: FormulaLookup): Result<FormulaNode> {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  const references = formulaReferences(parsed.value);

  if (references.includes(code)) {
    return fail("INVALID", "Formule : un indicateur ne peut pas se calculer à partir de lui-même.", "formula");
  }
  const unknown = references.filter((ref) => formulaOf(ref) === undefined);
  if (unknown.length === 1) {
    return fail("INVALID", `Formule : l'indicateur ${quote(unknown[0]!)} n'existe pas.`, "formula");
  }
  if (unknown.length > 1) {
    return fail("INVALID", `Formule : les indicateurs ${unknown.map(quote).join(", ")} n'existent pas.`, "formula");
  }

  // Only cycles through the new formula are this edit's fault; `visited` also keeps an already corrupt graph finite.
  const visited = new Set<string>();
  const findPathBack = (current: string, path: string[]): string[] | null => {
    if (current === code) return path;
    if (visited.has(current)) return null;
    visited.add(current);
    for (const ref of storedReferences(formulaOf(current))) {
      const found = findPathBack(ref, [...path, ref]);
      if (found) return found;
    }
    return null;
  };
  for (const ref of references) {
    const cycle = findPathBack(ref, [code, ref]);
    if (cycle) return fail("INVALID", `Formule circulaire : ${cycle.join(" → ")}.`, "formula");
  }
  return parsed;
}

/**
 * The formula's value, or null when it cannot be known: a value is missing, a divisor is zero, or the result is not a
 * finite number. A partial figure would be shown as if it were true, so no value is ever guessed.
 */
export function evaluateFormula(
  node: FormulaNode,
  valueOf: (code: string) => number | null | undefined,
): number | null {
  const evaluate = (n: FormulaNode): number | null => {
    switch (n.kind) {
      case "number":
        return n.value;
      case "ref": {
        const value = valueOf(n.code);
        return typeof value === "number" && Number.isFinite(value) ? value : null;
      }
      case "unary": {
        const operand = evaluate(n.operand);
        return operand === null ? null : -operand;
      }
      case "binary": {
        const left = evaluate(n.left);
        const right = evaluate(n.right);
        if (left === null || right === null) return null;
        if (n.op === "/" && right === 0) return null;
        const result =
          n.op === "+" ? left + right : n.op === "-" ? left - right : n.op === "*" ? left * right : left / right;
        return Number.isFinite(result) ? result : null;
      }
    }
  };
  const result = evaluate(node);
  // Adding 0 turns -0 into 0, which number formatting would otherwise print as « -0 ».
  return result === null ? null : result + 0;
}

/**
 * Value of indicator `code`, computing it and every computed indicator it reads from their formulas rather than from
 * stored values, which may predate a change in their inputs. Unknown codes, unparsable formulas and cycles give null.
 */
export function evaluateComputed(
  code: string,
  formulaOf: FormulaLookup,
  valueOf: (code: string) => number | null | undefined,
): number | null {
  // Shared inputs (a total used by several ratios) are computed once; `inProgress` is how a cycle is noticed.
  const cache = new Map<string, number | null>();
  const inProgress = new Set<string>();
  const resolve = (current: string): number | null => {
    if (cache.has(current)) return cache.get(current) ?? null;
    if (inProgress.has(current)) return null;
    const formula = formulaOf(current);
    let value: number | null = null;
    if (typeof formula === "string") {
      const parsed = parseFormula(formula);
      inProgress.add(current);
      value = parsed.ok ? evaluateFormula(parsed.value, resolve) : null;
      inProgress.delete(current);
    } else if (formula === null) {
      const stored = valueOf(current);
      value = typeof stored === "number" && Number.isFinite(stored) ? stored : null;
    }
    cache.set(current, value);
    return value;
  };
  return resolve(code);
}
