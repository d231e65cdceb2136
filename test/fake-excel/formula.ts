import { parseRangeA1, type RangeRef } from "../../src/core/model/address";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./model";

/**
 * What Excel shows for a formula, for the few functions the add-in writes: HYPERLINK shows
 * its label, SUM and COUNT over ranges, IF, N, comparisons, `&` and arithmetic over cells
 * (also on other sheets). Anything else is not modelled and reads as 0, as before.
 */
export function shownCell(book: FakeWorkbook, sheet: FakeSheet, cell: FakeCell): FakeCell {
  if (cell.formula === undefined) return cell;
  const result = evaluate(book, sheet, cell.formula, 0);
  if (result === UNSUPPORTED) return cell;
  if (result === null) return { ...cell, value: 0, type: "Double" };
  if (isError(result)) return { ...cell, value: result.error, type: "Error" };
  if (typeof result === "number") return { ...cell, value: result, type: "Double" };
  if (typeof result === "boolean") return { ...cell, value: result, type: "Boolean" };
  return { ...cell, value: result, type: "String" };
}

interface ErrorValue {
  readonly error: string;
}
interface RangeValue {
  readonly sheet: FakeSheet;
  readonly ref: RangeRef;
}
/** `null` is an empty cell. */
type Scalar = number | string | boolean | ErrorValue | null;
type Value = Scalar | RangeValue;

const UNSUPPORTED = Symbol("unsupported");
const MAX_DEPTH = 32;

class Unsupported extends Error {}

const isError = (v: unknown): v is ErrorValue =>
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
  const plain = a1.replace(/\$/g, "");
  const ref = parseRangeA1(plain);
  if (!ref) throw new Unsupported(a1);
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
    if (!matched) throw new Unsupported(rest);
  }
  return tokens;
}

function evaluate(
  book: FakeWorkbook,
  sheet: FakeSheet,
  formula: string,
  depth: number,
): Scalar | typeof UNSUPPORTED {
  if (depth > MAX_DEPTH) return { error: "#REF!" };
  try {
    const tokens = tokenize(formula.slice(1));
    const parser = new Parser(tokens, book, sheet, depth);
    const value = parser.expression();
    if (!parser.done()) return UNSUPPORTED;
    return scalar(value, book, depth);
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}

function cellScalar(
  book: FakeWorkbook,
  sheet: FakeSheet,
  r: number,
  c: number,
  depth: number,
): Scalar {
  const cell = sheet.cell(r, c);
  if (!cell || cell.type === "Empty") return null;
  if (cell.formula !== undefined) {
    const value = evaluate(book, sheet, cell.formula, depth + 1);
    return value === UNSUPPORTED ? (cell.value as Scalar) : value;
  }
  if (cell.type === "Error") return { error: String(cell.value) };
  return cell.value;
}

/** A range used as one value: a single cell gives its value, a larger range `#VALUE!`. */
function scalar(value: Value, book: FakeWorkbook, depth: number): Scalar {
  if (!isRange(value)) return value;
  const { ref } = value;
  if (ref.top !== ref.bottom || ref.left !== ref.right) return { error: "#VALUE!" };
  return cellScalar(book, value.sheet, ref.top, ref.left, depth);
}

function toNumber(value: Scalar): number | ErrorValue {
  if (value === null) return 0;
  if (isError(value)) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function toText(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function compare(op: string, a: Scalar, b: Scalar): boolean | ErrorValue {
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

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly book: FakeWorkbook,
    private readonly sheet: FakeSheet,
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
    if (!this.peekOp(op)) throw new Unsupported(`expected ${op}`);
    this.pos++;
  }

  private s(value: Value): Scalar {
    return scalar(value, this.book, this.depth);
  }

  expression(): Value {
    let left = this.concatenation();
    for (
      let op = this.peekOp("=", "<>", "<", ">", "<=", ">=");
      op;
      op = this.peekOp("=", "<>", "<", ">", "<=", ">=")
    ) {
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

  private arithmetic(op: string, a: Value, b: Value): Scalar {
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
    if (!token) throw new Unsupported("end");
    switch (token.kind) {
      case "num":
      case "str":
      case "bool":
        return token.value;
      case "ref": {
        const sheet = token.sheet === undefined ? this.sheet : this.book.findSheet(token.sheet);
        return sheet ? { sheet, ref: token.ref } : { error: "#REF!" };
      }
      case "fn":
        return this.call(token.name);
      case "op": {
        if (token.value !== "(") throw new Unsupported(token.value);
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
        if (chosen === undefined) return truthy ? true : false;
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
    throw new Unsupported(name);
  }

  /** The numbers SUM and COUNT see: in ranges only numbers (errors too), scalars coerced. */
  private *numbersIn(arg: Value): Generator<number | ErrorValue> {
    if (!isRange(arg)) {
      if (typeof arg === "number") yield arg;
      else if (isError(arg)) yield arg;
      return;
    }
    const { sheet, ref } = arg;
    for (let r = ref.top; r <= ref.bottom; r++)
      for (let c = ref.left; c <= ref.right; c++) {
        const value = cellScalar(this.book, sheet, r, c, this.depth);
        if (typeof value === "number" || isError(value)) yield value;
      }
  }
}
