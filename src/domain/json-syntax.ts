// Finds where JSON text goes wrong, with line and column, and which keys appear twice in one object.
// JSON.parse's messages differ between engines and often give no position at all, so hand-edited
// files get their own scanner (RFC 8259 grammar). It is iterative, so deep nesting cannot overflow
// the stack, and linear in the length of the text.
import type { Text } from './model-schema';
import { formatIssuePath, type PathSegment } from './validation-issue';

export interface TextPosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
}

export interface JsonSyntaxError extends TextPosition {
  problem: Text;
}

export interface DuplicateKey extends TextPosition {
  key: string;
  /** Path of the repeated key, e.g. `bodies[1].members`. */
  path: string;
}

export interface JsonInspection {
  syntaxError?: JsonSyntaxError;
  duplicateKeys: DuplicateKey[];
}

/** Scans `text` as one JSON value; reports the first syntax error and every duplicated key before it. */
export function inspectJsonText(text: string): JsonInspection {
  return new JsonScanner(text).run();
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { offset, line, column: end - lineStart + 1 };
}

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string> | undefined;
  index: number;
}

class ScanFailure {
  constructor(
    readonly offset: number,
    readonly problem: Text,
  ) {}
}

class JsonScanner {
  private at = 0;
  private readonly frames: Frame[] = [];
  private readonly path: PathSegment[] = [];
  private readonly duplicates: { key: string; path: string; offset: number }[] = [];

  constructor(private readonly text: string) {}

  run(): JsonInspection {
    let syntaxError: JsonSyntaxError | undefined;
    try {
      this.scanDocument();
    } catch (failure) {
      if (!(failure instanceof ScanFailure)) throw failure;
      syntaxError = { ...positionAt(this.text, failure.offset), problem: failure.problem };
    }
    const duplicateKeys = this.duplicates.map((duplicate) => ({
      ...positionAt(this.text, duplicate.offset),
      key: duplicate.key,
      path: duplicate.path,
    }));
    return syntaxError ? { syntaxError, duplicateKeys } : { duplicateKeys };
  }

  private scanDocument(): void {
    const { text } = this;
    this.skipWhitespace();
    if (this.at >= text.length) {
      throw new ScanFailure(0, { sv: 'filen är tom', en: 'the file is empty' });
    }
    let expecting: 'value' | 'key' | 'after-value' = 'value';
    let commaAt = -1;
    for (;;) {
      this.skipWhitespace();
      if (expecting === 'value') {
        const char = text[this.at];
        if (char === ']' && commaAt >= 0) throw new ScanFailure(commaAt, TRAILING_COMMA);
        commaAt = -1;
        if (char === '{') {
          this.at++;
          this.skipWhitespace();
          if (text[this.at] === '}') {
            this.at++;
            expecting = 'after-value';
          } else {
            this.frames.push({ kind: 'object', keys: new Set(), index: 0 });
            expecting = 'key';
          }
        } else if (char === '[') {
          this.at++;
          this.skipWhitespace();
          if (text[this.at] === ']') {
            this.at++;
            expecting = 'after-value';
          } else {
            this.frames.push({ kind: 'array', keys: undefined, index: 0 });
            this.path.push(0);
          }
        } else {
          this.scanPrimitive();
          expecting = 'after-value';
        }
      } else if (expecting === 'key') {
        const char = text[this.at];
        if (char === '}' && commaAt >= 0) throw new ScanFailure(commaAt, TRAILING_COMMA);
        commaAt = -1;
        if (char !== '"') throw new ScanFailure(this.at, this.expectedKeyProblem());
        const keyStart = this.at;
        const key = this.scanString();
        const frame = this.frames[this.frames.length - 1];
        if (frame?.keys?.has(key)) {
          this.duplicates.push({ key, path: formatIssuePath([...this.path, key]), offset: keyStart });
        } else {
          frame?.keys?.add(key);
        }
        this.skipWhitespace();
        if (text[this.at] !== ':') {
          throw new ScanFailure(this.at, {
            sv: `förväntade ':' efter fältnamnet ${JSON.stringify(key)}${this.foundText()}`,
            en: `expected ':' after the field name ${JSON.stringify(key)}${this.foundTextEn()}`,
          });
        }
        this.at++;
        this.path.push(key);
        expecting = 'value';
      } else {
        // A value has just ended; it was the current element of the innermost container, if any.
        const frame = this.frames[this.frames.length - 1];
        if (frame === undefined) {
          if (this.at < text.length) {
            throw new ScanFailure(this.at, {
              sv: `oväntat tecken ${this.charText()} efter slutet av JSON-innehållet`,
              en: `unexpected character ${this.charText()} after the end of the JSON content`,
            });
          }
          return;
        }
        this.path.pop();
        const char = text[this.at];
        const closer = frame.kind === 'object' ? '}' : ']';
        if (char === ',') {
          commaAt = this.at;
          this.at++;
          if (frame.kind === 'array') {
            frame.index++;
            this.path.push(frame.index);
            expecting = 'value';
          } else {
            expecting = 'key';
          }
        } else if (char === closer) {
          this.at++;
          this.frames.pop();
        } else if (this.at >= text.length) {
          throw new ScanFailure(this.at, UNEXPECTED_END);
        } else {
          throw new ScanFailure(this.at, {
            sv: `förväntade ',' eller '${closer}'${this.foundText()} (saknas ett kommatecken?)`,
            en: `expected ',' or '${closer}'${this.foundTextEn()} (a missing comma?)`,
          });
        }
      }
    }
  }

  private scanPrimitive(): void {
    const { text } = this;
    const char = text[this.at];
    if (char === undefined) throw new ScanFailure(this.at, UNEXPECTED_END);
    if (char === '"') {
      this.scanString();
      return;
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      this.scanNumber();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return;
      }
    }
    if (char === '/') throw new ScanFailure(this.at, COMMENT);
    if (char === "'") throw new ScanFailure(this.at, SINGLE_QUOTES);
    throw new ScanFailure(this.at, {
      sv: `förväntade ett värde (text, tal, true, false, null, { eller [) men hittade ${this.charText()}`,
      en: `expected a value (text, number, true, false, null, { or [) but found ${this.charText()}`,
    });
  }

  /** Scans a string starting at the opening quote; returns its decoded content. */
  private scanString(): string {
    const { text } = this;
    const start = this.at;
    let hasEscape = false;
    this.at++;
    for (;;) {
      if (this.at >= text.length) {
        throw new ScanFailure(start, {
          sv: 'texten som börjar här avslutas aldrig (saknas ett avslutande ")',
          en: 'the text starting here is never closed (a missing closing ")',
        });
      }
      const code = text.charCodeAt(this.at);
      if (code === 0x22) break;
      if (code < 0x20) {
        throw new ScanFailure(this.at, {
          sv: 'radbrytning eller kontrolltecken inne i en text; skriv \\n för en radbrytning',
          en: 'line break or control character inside a text; write \\n for a line break',
        });
      }
      if (code === 0x5c) {
        hasEscape = true;
        const next = text[this.at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.at + 2, this.at + 6))) {
            throw new ScanFailure(this.at, BAD_ESCAPE);
          }
          this.at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new ScanFailure(this.at, BAD_ESCAPE);
        this.at += 2;
        continue;
      }
      this.at++;
    }
    this.at++;
    const raw = text.slice(start + 1, this.at - 1);
    return hasEscape ? (JSON.parse(text.slice(start, this.at)) as string) : raw;
  }

  private scanNumber(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null) {
      throw new ScanFailure(this.at, {
        sv: 'ogiltigt tal (skriv till exempel 12, 0.5 eller -3, med punkt som decimaltecken)',
        en: 'invalid number (write for example 12, 0.5 or -3, with a point as decimal separator)',
      });
    }
    this.at += match[0].length;
  }

  private skipWhitespace(): void {
    const { text } = this;
    while (this.at < text.length) {
      const code = text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.at++;
    }
  }

  private expectedKeyProblem(): Text {
    const char = this.text[this.at];
    if (char === undefined) return UNEXPECTED_END;
    if (char === '/') return COMMENT;
    if (char === "'") return SINGLE_QUOTES;
    return {
      sv: `förväntade ett fältnamn inom dubbla citattecken, till exempel "id", men hittade ${this.charText()}`,
      en: `expected a field name in double quotes, for example "id", but found ${this.charText()}`,
    };
  }

  /** The character at the scan position as a reader sees it: 'x', or an escape for invisible ones. */
  private charText(): string {
    const code = this.text.codePointAt(this.at);
    if (code === undefined) return '–';
    const char = String.fromCodePoint(code);
    return code < 0x20 || code === 0x7f ? JSON.stringify(char) : `'${char}'`;
  }

  private foundText(): string {
    return this.at >= this.text.length ? ' men filen tar slut' : ` men hittade ${this.charText()}`;
  }

  private foundTextEn(): string {
    return this.at >= this.text.length ? ' but the file ends' : ` but found ${this.charText()}`;
  }
}

// A JSON number (RFC 8259 §6); sticky, so it matches exactly at `lastIndex` without copying the text.
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

const UNEXPECTED_END: Text = {
  sv: 'filen tar slut mitt i JSON-innehållet (saknas ett } eller ]?)',
  en: 'the file ends in the middle of the JSON content (a missing } or ]?)',
};
const TRAILING_COMMA: Text = {
  sv: 'kommatecken före } eller ] är inte tillåtet i JSON',
  en: 'a comma before } or ] is not allowed in JSON',
};
const COMMENT: Text = {
  sv: 'kommentarer är inte tillåtna i JSON',
  en: 'comments are not allowed in JSON',
};
const SINGLE_QUOTES: Text = {
  sv: "JSON kräver dubbla citattecken (\"), inte enkla (')",
  en: "JSON requires double quotes (\"), not single quotes (')",
};
const BAD_ESCAPE: Text = {
  sv: 'ogiltig escape-sekvens; tillåtna är \\" \\\\ \\/ \\b \\f \\n \\r \\t och \\uXXXX',
  en: 'invalid escape sequence; allowed are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
};
