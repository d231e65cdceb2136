/**
 * The result Excel would show for the formulas the add-in writes (a template's
 * `IF(COUNT(…)=0,"",SUM(…))`, a settings share `IF(B15="","",B15/$B$9)`, a summary's
 * `HYPERLINK`), so that the writer can store it as the cell's cached value and a file never
 * opened in Excel still reads with its values (docs/intake.md). Covers IF, SUM, COUNT, N,
 * HYPERLINK, comparisons, `&` and arithmetic over cells of any sheet; anything else is
 * "not computed" and the cell is written without a cached value.
 */
import { parseRangeA1, type RangeRef } from "../../core/model/address";

export interface FormulaError {
  readonly error: string;
}
/** `null` is an empty cell. */
export type FormulaScalar = number | string | boolean | FormulaError | null;

/** What a cell holds: a value, or a formula to compute in turn (on its own sheet). */
export type FormulaCell =
  { readonly value: FormulaScalar } | { readonly formula: string; readonly sheet: string };

export interface FormulaCells {
  /** Null for a sheet that does not exist. */
  hasSheet(sheet: string): boolean;
  cell(sheet: string, row: number, col: number): FormulaCell;
}

interface RangeValue {
  readonly sheet: string;
  readonly ref: RangeRef;
}
type Value = FormulaScalar | RangeValue;

class NotComputed extends Error {}

const MAX_DEPTH = 32;

const isError = (v: unknown): v is FormulaError =>
  typeof v === "object" && v !== null && "error" in v;
const isRange = (v: unknown): v is RangeValue => typeof v === "object" && v !== null && "ref" in v;

type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "ref"; sheet?: string; ref: RangeRef }
  | { kind: "fn"; name: string }
  | { kind: "op"; value: string };

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Token | null][] = [
  [/^\s+/, () => null],
  [/^"((?:[^"]|"")*)"/, (m) => ({ kind: "str", value: m[1].replace(/""/g, '"') })],
  [
    new RegExp(String.raw`^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(${REF})(?![\w(])`),
    (m) => refToken(m[3], (m[1] ?? "").replace(/''/g, "'") || m[2]),
  ],
  [new RegExp(String.raw`^(${REF})(?![\w(])`), (m) => refToken(m[1])],
  [/^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, (m) => ({ kind: "num", value: Number(m[0]) })],
  [/^(TRUE|FALSE)(?![\w(])/i, (m) => ({ kind: "bool", value: m[1].toUpperCase() === "TRUE" })],
  [/^([A-Za-z_][\w.]*)\s*(?=\()/, (m) => ({ kind: "fn", name: m[1].toUpperCase() })],
  [/^(<>|<=|>=|[=<>+\-*/&(),])/, (m) => ({ kind: "op", value: m[1] })],
];

function refToken(a1: string, sheet?: string): Token {
  const ref = parseRangeA1(a1.replace(/\$/g, ""));
  if (!ref) throw new NotComputed(a1);
  return sheet === undefined ? { kind: "ref", ref } : { kind: "ref", sheet, ref };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
  while (rest.length > 0) {
    let matched = false;
    for (const [pattern, make] of PATTERNS) {
      const m = pattern.exec(rest);
      if (!m) continue;
      const token = make(m);
      if (token) tokens.push(token);
      rest = rest.slice(m[0].length);
      matched = true;
      break;
    }
    if (!matched) throw new NotComputed(rest);
  }
  return tokens;
}

/**
 * The value a formula (with its leading "=") shows on `sheet`, or undefined when it uses
 * something not covered here. A formula referring to an empty cell shows 0, as in Excel.
 */
export function formulaResult(
  formula: string,
  sheet: string,
  cells: FormulaCells,
): Exclude<FormulaScalar, null> | undefined {
  const memo = new Map<string, FormulaScalar>();
  try {
    const value = new Evaluator(cells, memo).evaluate(formula, sheet, 0);
    return value === null ? 0 : value;
  } catch (error) {
    if (error instanceof NotComputed) return undefined;
    throw error;
  }
}

function toNumber(value: FormulaScalar): number | FormulaError {
  if (value === null) return 0;
  if (isError(value)) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function toText(value: FormulaScalar): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function compare(op: string, a: FormulaScalar, b: FormulaScalar): boolean | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  // An empty cell equals both "" and 0.
  const left = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const right = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  const rank = (v: number | string | boolean): number =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  let order: number;
  if (rank(left) !== rank(right)) order = rank(left) - rank(right);
  else if (typeof left === "string" && typeof right === "string")
    order = left.toLowerCase().localeCompare(right.toLowerCase());
  else order = Number(left) - Number(right);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

class Evaluator {
  constructor(
    private readonly cells: FormulaCells,
    private readonly memo: Map<string, FormulaScalar>,
  ) {}

  evaluate(formula: string, sheet: string, depth: number): FormulaScalar {
    if (depth > MAX_DEPTH) throw new NotComputed("too deep");
    const parser = new Parser(tokenize(formula.replace(/^=/, "")), this, sheet, depth);
    const value = parser.expression();
    if (!parser.done()) throw new NotComputed("trailing tokens");
    return this.scalar(value, depth);
  }

  cellValue(sheet: string, row: number, col: number, depth: number): FormulaScalar {
    const cell = this.cells.cell(sheet, row, col);
    if ("value" in cell) return cell.value;
    const key = `${sheet}\u0000${row}\u0000${col}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    const value = this.evaluate(cell.formula, cell.sheet, depth + 1);
    const shown = value === null ? 0 : value;
    this.memo.set(key, shown);
    return shown;
  }

  /** A range used as one value: a single cell gives its value, a larger range `#VALUE!`. */
  scalar(value: Value, depth: number): FormulaScalar {
    if (!isRange(value)) return value;
    const { ref } = value;
    if (ref.top !== ref.bottom || ref.left !== ref.right) return { error: "#VALUE!" };
    return this.cellValue(value.sheet, ref.top, ref.left, depth);
  }

  hasSheet(sheet: string): boolean {
    return this.cells.hasSheet(sheet);
  }
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly evaluator: Evaluator,
    private readonly sheet: string,
    private readonly depth: number,
  ) {}

  done(): boolean {
    return this.pos === this.tokens.length;
  }

  private peekOp(...ops: string[]): string | null {
    const token = this.tokens[this.pos];
    return token?.kind === "op" && ops.includes(token.value) ? token.value : null;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) throw new NotComputed(`expected ${op}`);
    this.pos++;
  }

  private s(value: Value): FormulaScalar {
    return this.evaluator.scalar(value, this.depth);
  }

  expression(): Value {
    const comparisons = ["=", "<>", "<", ">", "<=", ">="];
    let left = this.concatenation();
    for (let op = this.peekOp(...comparisons); op; op = this.peekOp(...comparisons)) {
      this.pos++;
      left = compare(op, this.s(left), this.s(this.concatenation()));
    }
    return left;
  }

  private concatenation(): Value {
    let left = this.additive();
    while (this.peekOp("&")) {
      this.pos++;
      const a = this.s(left);
      const b = this.s(this.additive());
      left = isError(a) ? a : isError(b) ? b : toText(a) + toText(b);
    }
    return left;
  }

  private arithmetic(op: string, a: Value, b: Value): FormulaScalar {
    const x = toNumber(this.s(a));
    const y = toNumber(this.s(b));
    if (isError(x)) return x;
    if (isError(y)) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    return y === 0 ? { error: "#DIV/0!" } : x / y;
  }

  private additive(): Value {
    let left = this.term();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.pos++;
      left = this.arithmetic(op, left, this.term());
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.pos++;
      left = this.arithmetic(op, left, this.unary());
    }
    return left;
  }

  private unary(): Value {
    const op = this.peekOp("-", "+");
    if (!op) return this.primary();
    this.pos++;
    const value = this.unary();
    return op === "-" ? this.arithmetic("-", 0, value) : value;
  }

  private primary(): Value {
    const token = this.tokens[this.pos++];
    if (!token) throw new NotComputed("end");
    switch (token.kind) {
      case "num":
      case "str":
      case "bool":
        return token.value;
      case "ref": {
        const sheet = token.sheet ?? this.sheet;
        return this.evaluator.hasSheet(sheet) ? { sheet, ref: token.ref } : { error: "#REF!" };
      }
      case "fn":
        return this.call(token.name);
      case "op": {
        if (token.value !== "(") throw new NotComputed(token.value);
        const value = this.expression();
        this.expect(")");
        return value;
      }
    }
  }

  private call(name: string): Value {
    this.expect("(");
    const args: Value[] = [];
    if (!this.peekOp(")")) {
      args.push(this.expression());
      while (this.peekOp(",")) {
        this.pos++;
        args.push(this.expression());
      }
    }
    this.expect(")");
    switch (name) {
      case "HYPERLINK": {
        const shown = this.s(args[1] ?? args[0] ?? null);
        return shown === null ? 0 : shown;
      }
      case "IF": {
        const condition = this.s(args[0] ?? null);
        if (isError(condition)) return condition;
        const truthy = typeof condition === "string" ? condition !== "" : Boolean(condition);
        const chosen = truthy ? args[1] : args[2];
        if (chosen === undefined) return truthy;
        const value = this.s(chosen);
        return value === null ? 0 : value;
      }
      case "SUM":
      case "COUNT": {
        let sum = 0;
        let count = 0;
        for (const arg of args) {
          for (const value of this.numbersIn(arg)) {
            if (isError(value)) {
              if (name === "SUM") return value;
              continue;
            }
            sum += value;
            count++;
          }
        }
        return name === "SUM" ? sum : count;
      }
      case "N": {
        const value = this.s(args[0] ?? null);
        return isError(value) ? value : typeof value === "number" ? value : value === true ? 1 : 0;
      }
    }
    throw new NotComputed(name);
  }

  /** The numbers SUM and COUNT see: in ranges only numbers (errors too), scalars coerced. */
  private numbersIn(arg: Value): (number | FormulaError)[] {
    if (!isRange(arg)) return typeof arg === "number" || isError(arg) ? [arg] : [];
    const out: (number | FormulaError)[] = [];
    const { sheet, ref } = arg;
    for (let r = ref.top; r <= ref.bottom; r++)
      for (let c = ref.left; c <= ref.right; c++) {
        const value = this.evaluator.cellValue(sheet, r, c, this.depth);
        if (typeof value === "number" || isError(value)) out.push(value);
      }
    return out;
  }
}
