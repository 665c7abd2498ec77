import { terminalText } from '../io/terminal-text';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values; control characters become
 * visible `\uXXXX` escapes first (`terminalText`), so the page shows them and a terminal printing it does not act on them.
 */
export function escapeHtml(text: string): string {
  return terminalText(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Serialises a value as JSON safe inside `<script type="application/json">`: `<`, `>`, `&` and the JavaScript line
 * separators become `\u` escapes, so no text in the data can close the script element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
