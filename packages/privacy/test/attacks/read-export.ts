// The attacker's reader: every file of an export as text (zip entries unpacked, for the canary scan) and as tables of
// flat rows (column → text), whatever the format: CSV, JSON, NDJSON, XLSX, the exchange package's zip.
import type { MemorySink } from '@vntip/core';
import { unzipSync } from 'fflate';

/** One released table: the file it came from and its rows, each a map of column (or field path) to cell text. */
export interface Table {
  readonly file: string;
  readonly rows: readonly ReadonlyMap<string, string>[];
}

/** Every file of the export and every entry of every zip in it (XLSX, exchange packages), as bytes. */
export function unpack(sink: MemorySink): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const visit = (name: string, bytes: Uint8Array) => {
    out.push({ name, bytes });
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
      for (const [entry, inner] of Object.entries(unzipSync(bytes)))
        visit(`${name}/${entry}`, inner);
  };
  for (const [name, file] of sink.files) visit(name, file.bytes);
  return out;
}

/** The canaries found anywhere in the export, composed or decomposed (NFC or NFD). */
export function scanForCanaries(sink: MemorySink, canaries: readonly string[]): string[] {
  const texts = unpack(sink).map(({ bytes }) => new TextDecoder().decode(bytes));
  return canaries.filter((canary) =>
    texts.some((text) => text.includes(canary) || text.includes(canary.normalize('NFD'))),
  );
}

/** The tables of an export. XLSX sheets are read from their XML; reports beside the data (risk report …) are skipped. */
export function tablesOf(sink: MemorySink): Table[] {
  const tables: Table[] = [];
  for (const { name, bytes } of unpack(sink)) {
    const text = () => new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
    if (name.endsWith('.csv')) tables.push({ file: name, rows: parseCsv(text()) });
    else if (name.endsWith('.ndjson'))
      tables.push({
        file: name,
        rows: text()
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => flatten(JSON.parse(line))),
      });
    else if (name.endsWith('.json')) {
      const value = JSON.parse(text()) as unknown;
      if (Array.isArray(value)) tables.push({ file: name, rows: value.map((row) => flatten(row)) });
    } else if (/\/xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const zip = name.slice(0, name.indexOf('/xl/'));
      const shared = unpack(sink).find((entry) => entry.name === `${zip}/xl/sharedStrings.xml`);
      tables.push({
        file: name,
        rows: sheetRows(text(), shared ? new TextDecoder().decode(shared.bytes) : ''),
      });
    }
  }
  return tables;
}

// --- Internal helpers ---

/** A record as flat cells: nested objects by dotted path, lists of values joined by "; ", lists of objects as JSON. */
function flatten(
  value: unknown,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null))
      out.set(prefix, value.map(String).join('; '));
    else for (const [i, item] of value.entries()) flatten(item, `${prefix}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== null && value !== undefined) out.set(prefix, String(value));
  return out;
}

function parseCsv(text: string): Map<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const delimiter = /^[^\n]*;/.test(text) && !/^[^\n]*,/.test(text) ? ';' : ',';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) records.push([...row, cell]);
  const [header = [], ...body] = records;
  return body.map(
    (cells) =>
      new Map(
        header.flatMap((column, i) => {
          const value = (cells[i] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
          return value === '' ? [] : [[column, value] as const];
        }),
      ),
  );
}

/**
 * The rows of one worksheet. The header is the row of field paths (our workbooks keep one, hidden, under the
 * Vietnamese labels), else the first row with text (a title block above it is skipped).
 */
function sheetRows(xml: string, sharedXml: string): Map<string, string>[] {
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join(''),
  );
  const grid: string[][] = [];
  for (const rowMatch of xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of (rowMatch[1] ?? '').matchAll(
      /<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
    )) {
      const column = [...(c[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const attrs = c[2] ?? '';
      const body = c[3] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      cells[column] = /t="s"/.test(attrs)
        ? (shared[Number(v)] ?? '')
        : unescapeXml(inline ?? v ?? '');
    }
    grid.push(cells);
  }
  const paths = (cells: readonly string[]) =>
    cells.filter((cell) => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/.test(cell ?? '')).length;
  const fieldRow = grid
    .slice(0, 5)
    .findIndex((cells) => paths(cells) > cells.filter(Boolean).length / 2);
  const start =
    fieldRow >= 0 ? fieldRow : grid.findIndex((cells) => cells.filter((cell) => cell).length > 1);
  if (start < 0) return [];
  const header = grid[start] ?? [];
  return grid.slice(start + 1).map(
    (cells) =>
      new Map(
        header.flatMap((column, i) => {
          const value = (cells[i] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
          return column && value ? [[column, value] as const] : [];
        }),
      ),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
