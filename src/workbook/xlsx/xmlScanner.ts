/**
 * A pull tokenizer for the XML of .xlsx parts: start tags, end tags and text, one at a time,
 * in one pass over the string with `indexOf` and `charCodeAt`. No regular expression runs over
 * the input, nothing recurses, and no entity is ever expanded beyond the five XML names and
 * numeric references: a DOCTYPE with its own entities (billion laughs) is skipped whole.
 * Element and attribute names are compared without their namespace prefix.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/** The part is not well-formed XML; the reader turns it into a "damaged file" reason. */
export class XmlSyntaxError extends Error {
  constructor(readonly at: number) {
    super(`XML syntax error at ${at}`);
    this.name = "XmlSyntaxError";
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export class XmlScanner {
  private pos = 0;
  /** The current token's local name (OPEN and CLOSE). */
  name = "";
  /** An OPEN token written `<x/>`: no CLOSE follows. */
  selfClosing = false;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private textRaw = false;
  private attrsParsed = false;
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private attrCount = 0;

  constructor(private readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  next(): Token {
    const xml = this.xml;
    for (;;) {
      const at = this.pos;
      if (at >= xml.length) return END;
      if (xml.charCodeAt(at) !== LT) {
        const lt = xml.indexOf("<", at);
        const end = lt < 0 ? xml.length : lt;
        this.pos = end;
        this.textStart = at;
        this.textEnd = end;
        this.textRaw = false;
        return TEXT;
      }
      const second = xml.charCodeAt(at + 1);
      if (second === 0x3f /* ? */) {
        this.pos = this.after("?>", at + 2);
        continue;
      }
      if (second === 0x21 /* ! */) {
        if (xml.startsWith("<!--", at)) {
          this.pos = this.after("-->", at + 4);
          continue;
        }
        if (xml.startsWith("<![CDATA[", at)) {
          const end = xml.indexOf("]]>", at + 9);
          if (end < 0) throw new XmlSyntaxError(at);
          this.textStart = at + 9;
          this.textEnd = end;
          this.textRaw = true;
          this.pos = end + 3;
          return TEXT;
        }
        this.pos = this.afterDeclaration(at);
        continue;
      }
      if (second === SLASH) {
        const gt = xml.indexOf(">", at + 2);
        if (gt < 0) throw new XmlSyntaxError(at);
        this.name = localName(xml.slice(at + 2, gt).trim());
        this.selfClosing = false;
        this.pos = gt + 1;
        return CLOSE;
      }
      return this.openTag(at);
    }
  }

  private openTag(at: number): Token {
    const xml = this.xml;
    let i = at + 1;
    while (i < xml.length) {
      const code = xml.charCodeAt(i);
      if (isSpace(code) || code === GT || code === SLASH) break;
      i++;
    }
    if (i === at + 1) throw new XmlSyntaxError(at);
    this.name = localName(xml.slice(at + 1, i));
    this.attrStart = i;
    let quote = 0;
    for (; i < xml.length; i++) {
      const code = xml.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === QUOTE || code === APOSTROPHE) quote = code;
      else if (code === GT) break;
      else if (code === LT) throw new XmlSyntaxError(i);
    }
    if (i >= xml.length) throw new XmlSyntaxError(at);
    this.selfClosing = xml.charCodeAt(i - 1) === SLASH;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.attrsParsed = false;
    this.pos = i + 1;
    return OPEN;
  }

  private after(terminator: string, from: number): number {
    const end = this.xml.indexOf(terminator, from);
    if (end < 0) throw new XmlSyntaxError(from);
    return end + terminator.length;
  }

  /** Skips `<!DOCTYPE …>` including an internal subset in brackets, whose entities are ignored. */
  private afterDeclaration(at: number): number {
    const xml = this.xml;
    let depth = 0;
    let quote = 0;
    for (let i = at + 2; i < xml.length; i++) {
      const code = xml.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === QUOTE || code === APOSTROPHE) quote = code;
      else if (code === 0x5b /* [ */) depth++;
      else if (code === 0x5d /* ] */) depth--;
      else if (code === GT && depth <= 0) return i + 1;
    }
    throw new XmlSyntaxError(at);
  }

  /** The current TEXT token, entities decoded. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.textRaw ? raw : decodeEntities(raw);
  }

  /** The value of the current OPEN tag's attribute with this local name, entities decoded. */
  attribute(name: string): string | undefined {
    if (!this.attrsParsed) this.parseAttributes();
    for (let i = 0; i < this.attrCount; i++) {
      if (this.attrNames[i] === name) return this.attrValues[i];
    }
    return undefined;
  }

  private parseAttributes(): void {
    const xml = this.xml;
    const end = this.attrEnd;
    let count = 0;
    let i = this.attrStart;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (i >= end) break;
      const nameStart = i;
      while (i < end && xml.charCodeAt(i) !== EQUALS && !isSpace(xml.charCodeAt(i))) i++;
      const name = localName(xml.slice(nameStart, i));
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS) throw new XmlSyntaxError(i);
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlSyntaxError(i);
      const close = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close < 0 || close > end) throw new XmlSyntaxError(i);
      this.attrNames[count] = name;
      this.attrValues[count] = decodeEntities(xml.slice(i + 1, close));
      count++;
      i = close + 1;
    }
    this.attrCount = count;
    this.attrsParsed = true;
  }

  /**
   * The text inside the element just opened, up to its CLOSE, with any child elements'
   * text joined; consumes the CLOSE. For a self-closing tag, "".
   */
  elementText(): string {
    if (this.selfClosing) return "";
    const name = this.name;
    let depth = 0;
    let out = "";
    for (;;) {
      const token = this.next();
      if (token === END) throw new XmlSyntaxError(this.pos);
      if (token === TEXT) out += this.text();
      else if (token === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (depth === 0) {
        if (this.name !== name) throw new XmlSyntaxError(this.pos);
        return out;
      } else depth--;
    }
  }

  /** Skips the element just opened, children and all, up to and including its CLOSE. */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 0;
    for (;;) {
      const token = this.next();
      if (token === END) throw new XmlSyntaxError(this.pos);
      if (token === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (token === CLOSE) {
        if (depth === 0) return;
        depth--;
      }
    }
  }
}

function localName(qualified: string): string {
  for (let i = qualified.length - 1; i >= 0; i--) {
    if (qualified.charCodeAt(i) === COLON) return qualified.slice(i + 1);
  }
  return qualified;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
const ENTITY = /&(#[xX][0-9A-Fa-f]{1,8}|#[0-9]{1,10}|[A-Za-z]{2,4});/g;

/** The five XML entities and numeric references; any other entity is left as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(ENTITY, (whole: string, body: string) => {
    if (body.charCodeAt(0) !== 0x23 /* # */) return NAMED[body] ?? whole;
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : "\ufffd";
  });
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Cell text escapes of Open XML (`_x000D_` is a carriage return); `_x005F_` escapes the `_`. */
export function decodeCellEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_whole: string, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
