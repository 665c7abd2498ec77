// The workbook part: its sheets in order (name, state, part path through the relationships), the 1904 date system,
// and where the shared strings and styles are.
import { resolvePartPath, type XlsxParts } from './xlsx-parts';
import { attribute, scanPart, XlsxError } from './xlsx-xml-scanner';

/** One worksheet of the workbook, in tab order. */
export interface XlsxSheet {
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
  /** Path of the worksheet part in the package, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/** What the workbook part and its relationships say. */
export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
  readonly date1904: boolean;
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** Reads `xl/workbook.xml` and `xl/_rels/workbook.xml.rels`; throws `XlsxError` when they are missing or malformed. */
export function readWorkbook(parts: XlsxParts): XlsxWorkbook {
  if (!parts.has(WORKBOOK_PART))
    throw new XlsxError(`the workbook part is missing (${WORKBOOK_PART})`);
  const relations = readRelationships(parts, WORKBOOK_RELS_PART);
  const declared: { name: string; state: string; rId: string }[] = [];
  let date1904 = false;
  scanPart(
    parts.text(WORKBOOK_PART),
    {
      wantsText: false,
      open(name, attributes) {
        if (name === 'sheet') {
          const pairs = attributes();
          declared.push({
            name: attribute(pairs, 'name') ?? '',
            state: attribute(pairs, 'state') ?? 'visible',
            rId: attribute(pairs, 'id') ?? '',
          });
        } else if (name === 'workbookPr') {
          const value = attribute(attributes(), 'date1904');
          date1904 = value === '1' || value === 'true';
        }
      },
      close() {},
      text() {},
    },
    WORKBOOK_PART,
  );
  const sheets: XlsxSheet[] = [];
  for (const sheet of declared) {
    const relation = relations.get(sheet.rId);
    // Chartsheets and dialog sheets hold no cells.
    if (!relation?.type.endsWith('/worksheet')) continue;
    sheets.push({
      name: sheet.name,
      state: sheet.state,
      part: resolvePartPath('xl/', relation.target),
    });
  }
  const byType = (suffix: string) => {
    for (const relation of relations.values())
      if (relation.type.endsWith(suffix)) return resolvePartPath('xl/', relation.target);
    return undefined;
  };
  const sharedStringsPart =
    byType('/sharedStrings') ??
    (parts.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
  const stylesPart =
    byType('/styles') ?? (parts.has('xl/styles.xml') ? 'xl/styles.xml' : undefined);
  return {
    sheets,
    date1904,
    ...(sharedStringsPart ? { sharedStringsPart } : {}),
    ...(stylesPart ? { stylesPart } : {}),
  };
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function readRelationships(parts: XlsxParts, part: string): Map<string, Relationship> {
  if (!parts.has(part)) throw new XlsxError(`the workbook relationships are missing (${part})`);
  const relations = new Map<string, Relationship>();
  scanPart(
    parts.text(part),
    {
      wantsText: false,
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const pairs = attributes();
        const id = attribute(pairs, 'Id');
        const target = attribute(pairs, 'Target');
        if (id && target && attribute(pairs, 'TargetMode') !== 'External')
          relations.set(id, { type: attribute(pairs, 'Type') ?? '', target });
      },
      close() {},
      text() {},
    },
    part,
  );
  return relations;
}
