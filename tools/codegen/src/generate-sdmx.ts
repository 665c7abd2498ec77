// Writes the SDMX layout (sdmx-layout.ts) as SDMX-ML 2.1 structure messages in schemas/sdmx/, one per dataflow with
// everything its data structure definition references, plus the agency scheme, a README, and the table the SDMX-CSV
// exporter keys rows with.
import type { Standard } from './load-standard.ts';
import { generatedHeader } from './naming.ts';
import {
  type Names,
  type SdmxCodelist,
  type SdmxComponent,
  type SdmxDataflow,
  type SdmxLayout,
  sdmxLayout,
} from './sdmx-layout.ts';

/** Folder of the published structure messages. */
export const SDMX_FOLDER = 'schemas/sdmx';
/** Fixed `Prepared` time of every message, so the same layout gives the same bytes. */
const PREPARED = '2026-01-01T00:00:00Z';
const NS = {
  message: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message',
  structure: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure',
  common: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common',
};

/** The generated files, keyed by path: schemas/sdmx/*.xml, its README, and the exporter's structure table. */
export function generateSdmx(standard: Standard, formatTs: (source: string) => string) {
  const layout = sdmxLayout(standard);
  const files = new Map<string, string>();
  files.set(`${SDMX_FOLDER}/VNTIP-AGENCY.xml`, agencyMessage(layout));
  for (const flow of layout.dataflows)
    files.set(`${SDMX_FOLDER}/${flow.id}.xml`, dataflowMessage(layout, flow));
  files.set(`${SDMX_FOLDER}/README.md`, readme(layout));
  files.set(
    'packages/exporters/src/generated/sdmx-structures.ts',
    formatTs(structureTable(layout)),
  );
  return files;
}

// --- SDMX-ML ---

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function names(tag: string, text: Names, indent: string): string[] {
  return [
    `${indent}<${tag} xml:lang="vi">${escapeXml(text.vi)}</${tag}>`,
    `${indent}<${tag} xml:lang="en">${escapeXml(text.en)}</${tag}>`,
  ];
}

function maintainable(layout: SdmxLayout, id: string): string {
  return `id="${id}" agencyID="${layout.agency}" version="${layout.version}" isFinal="true"`;
}

function message(id: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<message:Structure xmlns:message="${NS.message}" xmlns:structure="${NS.structure}" xmlns:common="${NS.common}">`,
    '  <message:Header>',
    `    <message:ID>${id}</message:ID>`,
    '    <message:Test>false</message:Test>',
    `    <message:Prepared>${PREPARED}</message:Prepared>`,
    '    <message:Sender id="VNTIP"/>',
    '  </message:Header>',
    '  <message:Structures>',
    ...body,
    '  </message:Structures>',
    '</message:Structure>',
    '',
  ].join('\n');
}

function agencyMessage(layout: SdmxLayout): string {
  return message('VNTIP_AGENCY', [
    '    <structure:OrganisationSchemes>',
    '      <structure:AgencyScheme id="AGENCIES" agencyID="SDMX" version="1.0" isFinal="false">',
    ...names('common:Name', { vi: 'Cơ quan', en: 'Agencies' }, '        '),
    `        <structure:Agency id="${layout.agency}">`,
    ...names(
      'common:Name',
      {
        vi: 'VN-TIP: chuẩn dữ liệu mở về phòng, chống mua bán người của Việt Nam',
        en: "VN-TIP: Viet Nam's open data standard against human trafficking",
      },
      '          ',
    ),
    '        </structure:Agency>',
    '      </structure:AgencyScheme>',
    '    </structure:OrganisationSchemes>',
  ]);
}

function codelistsOf(layout: SdmxLayout, flow: SdmxDataflow): SdmxCodelist[] {
  const used = new Set(
    [...flow.dimensions, ...flow.attributes].flatMap((c) => (c.codelist ? [c.codelist] : [])),
  );
  return layout.codelists.filter((list) => used.has(list.id));
}

function dataflowMessage(layout: SdmxLayout, flow: SdmxDataflow): string {
  const body: string[] = [];
  body.push('    <structure:Dataflows>');
  body.push(`      <structure:Dataflow ${maintainable(layout, flow.id)}>`);
  body.push(...names('common:Name', flow.name, '        '));
  body.push(...names('common:Description', flow.description, '        '));
  body.push('        <structure:Structure>');
  body.push(
    `          <Ref id="${flow.dsd}" agencyID="${layout.agency}" version="${layout.version}" class="DataStructure" package="datastructure"/>`,
  );
  body.push('        </structure:Structure>');
  body.push('      </structure:Dataflow>');
  body.push('    </structure:Dataflows>');
  body.push('    <structure:Codelists>');
  for (const list of codelistsOf(layout, flow)) {
    body.push(`      <structure:Codelist ${maintainable(layout, list.id)}>`);
    body.push(...names('common:Name', list.name, '        '));
    for (const code of list.codes) {
      body.push(`        <structure:Code id="${escapeXml(code.id)}">`);
      body.push(...names('common:Name', code.name, '          '));
      if (code.parent)
        body.push(`          <structure:Parent><Ref id="${code.parent}"/></structure:Parent>`);
      body.push('        </structure:Code>');
    }
    body.push('      </structure:Codelist>');
  }
  body.push('    </structure:Codelists>');
  body.push('    <structure:Concepts>');
  body.push(`      <structure:ConceptScheme ${maintainable(layout, layout.conceptScheme.id)}>`);
  body.push(...names('common:Name', layout.conceptScheme.name, '        '));
  for (const concept of layout.concepts) {
    body.push(`        <structure:Concept id="${concept.id}">`);
    body.push(...names('common:Name', concept.name, '          '));
    body.push('        </structure:Concept>');
  }
  body.push('      </structure:ConceptScheme>');
  body.push('    </structure:Concepts>');
  body.push('    <structure:DataStructures>');
  body.push(`      <structure:DataStructure ${maintainable(layout, flow.dsd)}>`);
  body.push(...names('common:Name', flow.name, '        '));
  body.push('        <structure:DataStructureComponents>');
  body.push('          <structure:DimensionList id="DimensionDescriptor">');
  flow.dimensions.forEach((dimension, i) => {
    const tag = dimension.id === 'TIME_PERIOD' ? 'TimeDimension' : 'Dimension';
    body.push(`            <structure:${tag} id="${dimension.id}" position="${i + 1}">`);
    body.push(...component(layout, dimension, '              '));
    body.push(`            </structure:${tag}>`);
  });
  body.push('          </structure:DimensionList>');
  body.push('          <structure:AttributeList id="AttributeDescriptor">');
  for (const attribute of flow.attributes) {
    const status = attribute.mandatory ? 'Mandatory' : 'Conditional';
    body.push(
      `            <structure:Attribute id="${attribute.id}" assignmentStatus="${status}">`,
    );
    body.push(...component(layout, attribute, '              '));
    body.push('              <structure:AttributeRelationship>');
    body.push(
      '                <structure:PrimaryMeasure><Ref id="OBS_VALUE"/></structure:PrimaryMeasure>',
    );
    body.push('              </structure:AttributeRelationship>');
    body.push('            </structure:Attribute>');
  }
  body.push('          </structure:AttributeList>');
  body.push('          <structure:MeasureList id="MeasureDescriptor">');
  body.push('            <structure:PrimaryMeasure id="OBS_VALUE">');
  body.push(...component(layout, { id: 'OBS_VALUE', textType: 'Double' }, '              '));
  body.push('            </structure:PrimaryMeasure>');
  body.push('          </structure:MeasureList>');
  body.push('        </structure:DataStructureComponents>');
  body.push('      </structure:DataStructure>');
  body.push('    </structure:DataStructures>');
  return message(`VNTIP_${flow.id}`, body);
}

function component(layout: SdmxLayout, c: SdmxComponent, indent: string): string[] {
  const lines = [
    `${indent}<structure:ConceptIdentity>`,
    `${indent}  <Ref id="${c.id}" maintainableParentID="${layout.conceptScheme.id}" maintainableParentVersion="${layout.version}" agencyID="${layout.agency}" class="Concept" package="conceptscheme"/>`,
    `${indent}</structure:ConceptIdentity>`,
    `${indent}<structure:LocalRepresentation>`,
  ];
  if (c.codelist) {
    lines.push(
      `${indent}  <structure:Enumeration>`,
      `${indent}    <Ref id="${c.codelist}" agencyID="${layout.agency}" version="${layout.version}" class="Codelist" package="codelist"/>`,
      `${indent}  </structure:Enumeration>`,
    );
  } else {
    lines.push(`${indent}  <structure:TextFormat textType="${c.textType ?? 'String'}"/>`);
  }
  lines.push(`${indent}</structure:LocalRepresentation>`);
  return lines;
}

// --- The exporter's table ---

function structureTable(layout: SdmxLayout): string {
  const codes = new Map(layout.codelists.map((list) => [list.id, list.codes.map((c) => c.id)]));
  const flows = layout.dataflows.map((flow) => ({
    id: flow.id,
    structure: `${layout.agency}:${flow.id}(${layout.version})`,
    kind: flow.kind,
    indicators: flow.indicators,
    dimensions: flow.dimensions.map((d) => ({
      id: d.id,
      codes: d.codelist ? (codes.get(d.codelist) ?? []) : null,
      ...(d.source ? { source: d.source } : {}),
    })),
    attributes: flow.attributes.map((a) => ({
      id: a.id,
      codes: a.codelist ? (codes.get(a.codelist) ?? []) : null,
    })),
  }));
  return [
    generatedHeader(
      'generate-sdmx.ts',
      'tools/codegen/src/sdmx-layout.ts and schemas/codelists/*.csv',
    ),
    '',
    '/** How the exporter finds a dimension code in an indicator row (see tools/codegen/src/sdmx-layout.ts). */',
    'export interface SdmxDimensionSource {',
    '  readonly key: string;',
    '  readonly map?: Readonly<Record<string, string>>;',
    '  readonly area?: boolean;',
    '}',
    '',
    '/** A component of a published data structure: its id and its codes, null when uncoded. */',
    'export interface SdmxComponentTable {',
    '  readonly id: string;',
    '  readonly codes: readonly string[] | null;',
    '  readonly source?: SdmxDimensionSource;',
    '}',
    '',
    '/** A published dataflow (schemas/sdmx/<id>.xml) as the exporter writes it. */',
    'export interface SdmxDataflowTable {',
    '  readonly id: string;',
    '  /** `AGENCY:ID(VERSION)`, the STRUCTURE_ID of its rows. */',
    '  readonly structure: string;',
    "  readonly kind: 'sdg' | 'vntip';",
    '  readonly indicators: readonly string[];',
    '  /** In key order; the last is TIME_PERIOD. */',
    '  readonly dimensions: readonly SdmxComponentTable[];',
    '  readonly attributes: readonly SdmxComponentTable[];',
    '}',
    '',
    '/** The dataflows of schemas/sdmx/, in publication order. */',
    `export const SDMX_DATAFLOWS: readonly SdmxDataflowTable[] = ${JSON.stringify(flows)};`,
    '',
  ].join('\n');
}

// --- README ---

function readme(layout: SdmxLayout): string {
  const lines = [
    '# SDMX structures of VN-TIP',
    '',
    'Generated by `pnpm generate` (tools/codegen/src/generate-sdmx.ts from sdmx-layout.ts and schemas/codelists/); do',
    'not edit. Each `DF_*.xml` is an SDMX-ML 2.1 structure message holding one dataflow, its data structure definition,',
    'the VN-TIP concept scheme and every codelist the definition uses, so each file loads into a registry on its own.',
    'Artefacts with the same id are identical in every file. `VNTIP-AGENCY.xml` declares the maintenance agency',
    `\`${layout.agency}\` in \`SDMX:AGENCIES(1.0)\`, for a registry that does not know it yet. The SDMX-CSV exporter`,
    '(`@vntip/exporters/sdmx`) writes one file per dataflow, `<dataflow id>.csv`, keyed by these structures.',
    '',
    '## Dataflows',
    '',
    '| Dataflow | Indicators | Key (dimensions in order) |',
    '| --- | --- | --- |',
  ];
  for (const flow of layout.dataflows)
    lines.push(
      `| \`${layout.agency}:${flow.id}(${layout.version})\` — ${flow.name.en} | ${flow.indicators.map((i) => `\`${i}\``).join(', ')} | ${flow.dimensions.map((d) => d.id).join('.')} |`,
    );
  const area = layout.codelists.find((list) => list.id === 'CL_AREA_VN');
  lines.push(
    '',
    '## REF_AREA: M49 704 and the national extension',
    '',
    "National figures carry `704`, Viet Nam's UN M49 code, as the SDG global codelist does. Provinces are a national",
    'extension of that codelist (`CL_AREA_VN`, each code with parent `704`), which the SDG global codelist does not hold:',
    '`704-P<list year>-<province code>`, the list year telling the 124/2004 list (63 provinces, until 30 June 2025) from',
    'the 19/2025 list (34 provinces, from 1 July 2025), whose codes overlap with different meanings. A submission to the',
    'global SDG database keeps the `704` rows only. Communes have no code here: the exporter reports and skips a',
    'commune-level result.',
    '',
    `${area?.codes.length ?? 0} codes, from ${area?.sources.map((s) => `\`schemas/codelists/${s}.csv\``).join(' and ')}.`,
    '',
    '## Codelists',
    '',
    '| Codelist | Codes | Built from |',
    '| --- | --- | --- |',
  );
  for (const list of layout.codelists)
    lines.push(
      `| \`${list.id}\` — ${list.name.en} | ${list.codes.length} | ${list.sources.length > 0 ? list.sources.map((s) => `\`${s}.csv\``).join(', ') : 'SDMX / SDG codes, or VN-TIP codes listed in sdmx-layout.ts'} |`,
    );
  lines.push('');
  return lines.join('\n');
}
