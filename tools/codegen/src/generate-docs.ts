import {
  BASE_URL,
  type Codelist,
  type JsonSchema,
  STANDARD_MINOR_VERSION,
  type Standard,
} from './load-standard.ts';
import { generatedHeader } from './naming.ts';

interface I18n {
  vi: { title: string; description: string };
  en: { title: string; description: string };
}

interface Deprecation {
  since: string;
  replacedBy?: string;
  vi: string;
  en: string;
}

interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  sensitivity: string;
  i18n?: I18n;
  deprecation?: Deprecation;
}

const HEADER = generatedHeader('generate-docs.ts', 'schemas/', '<!--').concat(' -->');
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Writes docs/standard/: an index, one page per entity and one per codelist, in Vietnamese and English, and the
 * changelog and the versioning policy (schemas/CHANGELOG.md and schemas/VERSIONING.md as written).
 */
export function generateDocs(standard: Standard): Map<string, string> {
  const pages = new Map<string, string>();
  const entities: string[] = [];
  for (const [file, schema] of standard.schemas) {
    const slug = file.replace(/\.schema\.json$/, '');
    entities.push(slug);
    pages.set(`entities/${slug}.md`, entityPage(file, schema));
  }
  for (const list of standard.codelists) pages.set(`codelists/${list.name}.md`, codelistPage(list));
  pages.set('README.md', indexPage(standard, entities));
  pages.set('changelog.md', `${HEADER}\n\n${standard.changelog}`);
  pages.set('versioning.md', `${HEADER}\n\n${standard.versioning}`);
  return pages;
}

function indexPage(standard: Standard, entities: string[]): string {
  const version = STANDARD_MINOR_VERSION;
  const out = [
    HEADER,
    '',
    `# Chuẩn dữ liệu VN-TIP ${version} · The VN-TIP data standard ${version}`,
    '',
  ];
  out.push(
    `Mọi lược đồ có \`$id\` cố định dưới địa chỉ gốc \`${BASE_URL}\`; địa chỉ này là tên, không phải nơi tải về.`,
    '',
    `Every schema has a stable \`$id\` under the base URL \`${BASE_URL}\`; the URL is a name, never fetched.`,
    '',
    'Các thay đổi của chuẩn và căn cứ pháp lý: [changelog](changelog.md) · Changes to the standard and their legal sources: [changelog](changelog.md).',
    '',
    'Cách đánh số phiên bản và những gì mỗi loại phiên bản được thay đổi: [versioning](versioning.md) · How versions are numbered and what each kind of release may change: [versioning](versioning.md).',
    '',
    '## Thực thể · Entities',
    '',
    '| Tệp · File | Tên · Name | Mô tả · Description |',
    '| --- | --- | --- |',
  );
  for (const slug of entities) {
    const schema = standard.schemas.get(`${slug}.schema.json`) as JsonSchema;
    const i18n = schema.i18n as I18n;
    out.push(
      `| [${slug}](entities/${slug}.md) | ${cell(i18n.vi.title)} · ${cell(i18n.en.title)} | ${cell(i18n.en.description)} |`,
    );
  }
  out.push(
    '',
    '## Danh mục · Codelists',
    '',
    '| Danh mục · Codelist | Số mã · Codes | Nguồn · Origin |',
    '| --- | --- | --- |',
  );
  for (const list of standard.codelists) {
    out.push(
      `| [${list.name}](codelists/${list.name}.md) | ${list.rows.length} | ${cell(list.origin)} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

function entityPage(file: string, schema: JsonSchema): string {
  const i18n = schema.i18n as I18n;
  const out = [HEADER, '', `# ${i18n.vi.title} · ${i18n.en.title}`, ''];
  out.push(`\`$id\`: \`${String(schema.$id)}\``, '');
  if (typeof schema.recordType === 'string') out.push(`recordType: \`${schema.recordType}\``, '');
  if (schema.personCounts === true)
    out.push(
      '`personCounts`: mỗi bản ghi đếm một nhóm người, chỉ ra khỏi tỉnh dưới dạng số liệu thống kê đã bảo vệ ô nhỏ · each record counts a group of persons and leaves a province only as statistics with small-cell protection',
      '',
    );
  out.push(i18n.vi.description, '', i18n.en.description, '');
  if (schema.properties) out.push(...fieldTable(collectFields(schema, '')));
  if (Array.isArray(schema.oneOf)) out.push(...variantTables(schema, ''));
  for (const [def, node] of Object.entries((schema.$defs ?? {}) as Record<string, JsonSchema>)) {
    const defI18n = node.i18n as I18n | undefined;
    out.push(`## ${def}`, '');
    if (defI18n) out.push(defI18n.vi.description, '', defI18n.en.description, '');
    out.push(`Kiểu · Type: ${typeOf(node)}`, '');
    if (node.properties) out.push(...fieldTable(collectFields(node, '')));
    if (Array.isArray(node.oneOf)) out.push(...variantTables(node, def));
  }
  void file;
  return out.join('\n');
}

function variantTables(node: JsonSchema, name: string): string[] {
  const out: string[] = [];
  (node.oneOf as JsonSchema[]).forEach((variant, i) => {
    out.push(`### ${name} ${i + 1}`, '', ...fieldTable(collectFields(variant, '')));
  });
  return out;
}

function fieldTable(rows: FieldRow[]): string[] {
  const out = [
    '| Trường · Field | Kiểu · Type | Bắt buộc · Required | Độ nhạy · Sensitivity | Tiếng Việt | English |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const d = row.deprecation;
    const viNote = d
      ? ` _Không còn dùng từ phiên bản ${d.since}${d.replacedBy ? `; thay bằng \`${d.replacedBy}\`` : ''}: ${d.vi}_`
      : '';
    const enNote = d
      ? ` _Deprecated since ${d.since}${d.replacedBy ? `; replaced by \`${d.replacedBy}\`` : ''}: ${d.en}_`
      : '';
    const vi = row.i18n ? `**${row.i18n.vi.title}**: ${row.i18n.vi.description}${viNote}` : '';
    const en = row.i18n ? `**${row.i18n.en.title}**: ${row.i18n.en.description}${enNote}` : '';
    out.push(
      `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'có · yes' : ''} | ${row.sensitivity} | ${cell(vi)} | ${cell(en)} |`,
    );
  }
  out.push('');
  return out;
}

function collectFields(node: JsonSchema, prefix: string): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set((node.required ?? []) as string[]);
  for (const [name, child] of Object.entries(
    (node.properties ?? {}) as Record<string, JsonSchema>,
  )) {
    const path = `${prefix}${name}`;
    rows.push({
      path,
      type: typeOf(child),
      required: required.has(name),
      sensitivity: String(child.sensitivity ?? ''),
      ...(child.i18n ? { i18n: child.i18n as I18n } : {}),
      ...(child.deprecation ? { deprecation: child.deprecation as Deprecation } : {}),
    });
    if (child.type === 'object' && child.properties) rows.push(...collectFields(child, `${path}.`));
    const items = child.items as JsonSchema | undefined;
    if (child.type === 'array' && items?.type === 'object')
      rows.push(...collectFields(items, `${path}[].`));
  }
  return rows;
}

function typeOf(node: JsonSchema): string {
  if (typeof node.codelist === 'string') {
    const link = `[${node.codelist}](../codelists/${node.codelist}.md)`;
    const kind = node.openCodelist ? 'mở · open' : 'đóng · closed';
    return node.type === 'array'
      ? `mảng mã · codes ${link} (${kind})`
      : `mã · code ${link} (${kind})`;
  }
  if (typeof node.$ref === 'string') {
    const [file = '', pointer = ''] = node.$ref.split('#');
    const def = pointer.split('/').pop() ?? '';
    const page = file ? file.replace(/\.schema\.json$/, '') : '';
    return page ? `[${def}](${page}.md#${def.toLowerCase()})` : `[${def}](#${def.toLowerCase()})`;
  }
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (Array.isArray(node.oneOf)) return 'một trong · one of';
  const limits: string[] = [];
  if (node.format) limits.push(String(node.format));
  if (node.pattern) limits.push(`\`${String(node.pattern)}\``);
  if (typeof node.minimum === 'number') limits.push(`≥ ${node.minimum}`);
  if (typeof node.maximum === 'number') limits.push(`≤ ${node.maximum}`);
  if (typeof node.minItems === 'number') limits.push(`≥ ${node.minItems} items`);
  if (node.uniqueItems) limits.push('unique');
  if (node.type === 'array') {
    return `array of ${typeOf(node.items as JsonSchema)}${limits.length ? ` (${limits.join(', ')})` : ''}`;
  }
  return `${String(node.type)}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

function codelistPage(list: Codelist): string {
  const out = [HEADER, '', `# ${list.name}`, '', `Nguồn · Origin: ${list.origin}`, ''];
  const extra = list.columns.filter(
    (c) => !['code', 'labelVi', 'labelEn', 'descriptionVi', 'descriptionEn'].includes(c),
  );
  out.push(`| code | Nhãn | Label | Mô tả | Description | ${extra.join(' | ')} |`);
  out.push(`| --- | --- | --- | --- | --- | ${extra.map(() => '---').join(' | ')} |`);
  for (const row of list.rows) {
    const cells = [
      row.code,
      row.labelVi,
      row.labelEn,
      row.descriptionVi,
      row.descriptionEn,
      ...extra.map((c) => row[c] ?? ''),
    ];
    out.push(`| ${cells.map((c) => cell(c)).join(' | ')} |`);
  }
  out.push('');
  return out.join('\n');
}
