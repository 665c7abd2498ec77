// A strict pass over JSON text that says what JSON.parse does not: where a syntax error is (Node's messages often
// give no position, and some quote the text around it, cell values included), which keys occur twice in one object
// (JSON.parse keeps the last silently), and which strings hold half a surrogate pair (`\ud800`, a character no
// encoding can write). Iterative, linear, constant stack whatever the nesting.

/** Something `checkJson` found, in the order of the text. */
export type JsonFinding =
  | {
      readonly kind: 'duplicate_key';
      /** Offset of the repeated key's opening quote. */
      readonly offset: number;
      readonly key: string;
      /** Path of the repeated member from the document's root. */
      readonly path: readonly (string | number)[];
    }
  | {
      readonly kind: 'lone_surrogate';
      /** Offset of the escape (`\ud800`, 6 characters) or of the raw code unit (1 character). */
      readonly offset: number;
      readonly length: 1 | 6;
      /** The code unit, e.g. `U+D800`. */
      readonly code: string;
      readonly path: readonly (string | number)[];
    }
  | {
      readonly kind: 'syntax';
      readonly offset: number;
      /** What was expected, in words that never quote the text. */
      readonly detail: string;
    };

interface ArrayFrame {
  readonly array: true;
  index: number;
}

interface ObjectFrame {
  readonly array: false;
  readonly keys: Set<string>;
  hasKey: boolean;
}

type Frame = ArrayFrame | ObjectFrame;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
// Any character but the quote, the backslash, controls and surrogates: what a string may hold without a closer look.
const PLAIN_RUN = /[ !#-[\]-\ud7ff\ue000-\uffff]*/y;

/**
 * Checks JSON text as RFC 8259 defines it (what JSON.parse accepts) and yields, in text order, every duplicate key
 * (keys compared after NFC normalisation, as the readers store them) and every lone surrogate, then a `syntax`
 * finding and nothing more if the text is not JSON.
 */
export function* checkJson(text: string): Generator<JsonFinding> {
  const stack: Frame[] = [];
  const path: (string | number)[] = [];
  const n = text.length;
  let i = 0;
  // 'value': a value must come; 'first': a value or the `]` of an empty array; 'after': `,`, a closer or the end;
  // 'key': a property name; 'firstKey': a property name or the `}` of an empty object; 'colon': the `:`.
  let state: 'value' | 'first' | 'after' | 'key' | 'firstKey' | 'colon' = 'value';
  const syntax = (detail: string): JsonFinding => ({ kind: 'syntax', offset: i, detail });
  /** Scans the string opening at `i`; yields its lone surrogates and leaves `i` after its closing quote. */
  function* string(): Generator<JsonFinding, boolean> {
    let j = i + 1;
    for (;;) {
      PLAIN_RUN.lastIndex = j;
      PLAIN_RUN.test(text);
      j = PLAIN_RUN.lastIndex;
      if (j >= n) {
        i = n;
        return false;
      }
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return true;
      }
      if (c < 0x20) {
        i = j;
        return false;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(j + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) j += 2;
        else {
          yield { kind: 'lone_surrogate', offset: j, length: 1, code: unit(c), path: [...path] };
          j += 1;
        }
        continue;
      }
      // A backslash.
      const e = text.charCodeAt(j + 1);
      if (ESCAPES.has(e)) {
        j += 2;
        continue;
      }
      if (e !== 0x75) {
        i = j;
        return false;
      }
      const value = hex4(text, j + 2);
      if (value < 0) {
        i = j;
        return false;
      }
      if (value >= 0xd800 && value <= 0xdbff) {
        const low = text.charCodeAt(j + 6) === 0x5c && text.charCodeAt(j + 7) === 0x75;
        const lowValue = low ? hex4(text, j + 8) : -1;
        if (lowValue >= 0xdc00 && lowValue <= 0xdfff) {
          j += 12;
          continue;
        }
      }
      if (value >= 0xd800 && value <= 0xdfff) {
        yield { kind: 'lone_surrogate', offset: j, length: 6, code: unit(value), path: [...path] };
      }
      j += 6;
    }
  }
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return;
      yield syntax('the text ends before the JSON value does');
      return;
    }
    const c = text.charCodeAt(i);
    if (state === 'value' || state === 'first') {
      if (c === 0x5d && state === 'first') {
        stack.pop();
        path.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c === 0x7b) {
        stack.push({ array: false, keys: new Set(), hasKey: false });
        i++;
        state = 'firstKey';
        continue;
      }
      if (c === 0x5b) {
        stack.push({ array: true, index: 0 });
        path.push(0);
        i++;
        state = 'first';
        continue;
      }
      if (c === 0x22) {
        if (!(yield* string())) {
          yield syntax(i >= n ? 'a string is not closed' : 'a string holds a bad character');
          return;
        }
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        if (!text.startsWith(word, i)) {
          yield syntax('expected a value (a word that is not true, false or null)');
          return;
        }
        i += word.length;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) {
          yield syntax('expected a number');
          return;
        }
        i = NUMBER.lastIndex;
      } else {
        yield syntax('expected a value');
        return;
      }
      state = 'after';
      continue;
    }
    if (state === 'after') {
      const top = stack.at(-1);
      if (!top) {
        yield syntax('text follows the end of the JSON value');
        return;
      }
      if (c === 0x2c) {
        i++;
        if (top.array) {
          top.index++;
          path[path.length - 1] = top.index;
          state = 'value';
        } else state = 'key';
        continue;
      }
      if (top.array ? c === 0x5d : c === 0x7d) {
        stack.pop();
        if (top.array || top.hasKey) path.pop();
        i++;
        continue;
      }
      yield syntax(top.array ? "expected ',' or ']' after an array item" : "expected ',' or '}'");
      return;
    }
    if (state === 'key' || state === 'firstKey') {
      const top = stack.at(-1) as ObjectFrame;
      if (c === 0x7d && state === 'firstKey') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== 0x22) {
        yield syntax('expected a property name in double quotes');
        return;
      }
      const start = i;
      // Surrogates inside the key belong to the member it names.
      const findings: JsonFinding[] = [];
      const scan = string();
      let step = scan.next();
      while (!step.done) {
        findings.push(step.value);
        step = scan.next();
      }
      if (!step.value) {
        yield syntax(i >= n ? 'a string is not closed' : 'a string holds a bad character');
        return;
      }
      const raw = text.slice(start + 1, i - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
      if (top.hasKey) path[path.length - 1] = key;
      else {
        path.push(key);
        top.hasKey = true;
      }
      for (const finding of findings) yield { ...finding, path: [...path] } as JsonFinding;
      const normalized = isAscii(key) ? key : key.normalize('NFC');
      if (top.keys.has(normalized)) {
        yield { kind: 'duplicate_key', offset: start, key, path: [...path] };
      } else top.keys.add(normalized);
      state = 'colon';
      continue;
    }
    // state === 'colon'
    if (c !== 0x3a) {
      yield syntax("expected ':' after a property name");
      return;
    }
    i++;
    state = 'value';
  }
}

function hex4(text: string, at: number): number {
  if (at + 4 > text.length) return -1;
  let value = 0;
  for (let k = at; k < at + 4; k++) {
    const c = text.charCodeAt(k);
    const digit =
      c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
          ? c - 0x57
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function unit(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isAscii(key: string): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) > 0x7e) return false;
  return true;
}
