/**
 * Characters that a terminal acts on instead of showing: C0 controls (ESC, CR, LF, BEL, backspace…), DEL, C1 controls
 * (U+009B is a one-byte CSI on some terminals), the Unicode line and paragraph separators, and the bidirectional
 * embeddings, overrides, isolates and marks that reorder what is shown.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's purpose.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `CONTROL` without C0, which `JSON.stringify` escapes inside strings itself and uses raw only for its indentation. */
const CONTROL_BEYOND_C0 =
  /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (char: string): string =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from data (file and entry names, headers, cells, messages quoting them, plugin strings) made safe to print:
 * every character of `CONTROL` becomes a visible `\uXXXX` escape, so `\x1b[2K` prints as `\u001b[2K` and a newline
 * cannot start a line of its own. Every printer of the CLI passes data-derived text through this one function; it is
 * idempotent (an escape has no control character left to escape).
 * @example
 * terminalText('a\u001b[31mb') // 'a\\u001b[31mb'
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/**
 * A value as JSON for stdout or stderr: `JSON.stringify` already escapes C0 controls inside strings; this also
 * escapes DEL, the C1 controls and the separators and bidi controls above, which it leaves raw. The result is still
 * valid JSON with the same value.
 */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(CONTROL_BEYOND_C0, escapeChar);
}
