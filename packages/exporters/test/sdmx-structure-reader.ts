// Reads the published SDMX-ML 2.1 structure messages (schemas/sdmx/) into plain objects, and checks them as a
// registry would before accepting them: every id follows the SDMX id rules, every reference resolves (dataflow → data
// structure, component → concept and codelist, attribute → measure, code → parent), and an artefact published in
// several files is the same everywhere. Written from the SDMX-ML 2.1 schemas, not from our generator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';

export const SDMX_DIR = new URL('../../../schemas/sdmx/', import.meta.url).pathname;

const NS = {
  message: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message',
  structure: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure',
  common: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common',
};

/** The id rules of SDMX-ML 2.1 (SDMXCommonReferences.xsd). */
export const ID_RULES = {
  /** Codes and maintainable artefacts: common:IDType. */
  id: /^[A-Za-z0-9_@$-]+$/,
  /** Components and concepts: common:NCNameIDType. */
  ncName: /^[A-Za-z][A-Za-z0-9_-]*$/,
  /** Agencies: common:NestedNCNameIDType. */
  agency: /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*$/,
  /** common:VersionType. */
  version: /^[0-9]+(\.[0-9]+)*$/,
};

export interface Reference {
  readonly id: string;
  readonly agencyID: string | undefined;
  readonly version: string | undefined;
  readonly maintainableParentID: string | undefined;
  readonly maintainableParentVersion: string | undefined;
  readonly class: string | undefined;
}

export interface Component {
  readonly kind: 'Dimension' | 'TimeDimension' | 'Attribute' | 'PrimaryMeasure';
  readonly id: string;
  readonly position?: number;
  readonly concept: Reference | undefined;
  readonly codelist: Reference | undefined;
  readonly textType: string | undefined;
  readonly assignmentStatus?: string;
  readonly measureRef?: string;
}

export interface Maintainable {
  readonly type: string;
  readonly id: string;
  readonly agencyID: string;
  readonly version: string;
  readonly names: ReadonlyMap<string, string>;
  /** The artefact's XML, to compare one artefact across files. */
  readonly xml: string;
}

export interface Codelist extends Maintainable {
  readonly codes: ReadonlyMap<string, { names: ReadonlyMap<string, string>; parent?: string }>;
}
export interface ConceptScheme extends Maintainable {
  readonly concepts: ReadonlySet<string>;
}
export interface DataStructure extends Maintainable {
  readonly components: readonly Component[];
}
export interface Dataflow extends Maintainable {
  readonly structure: Reference | undefined;
}

export interface StructureMessage {
  readonly file: string;
  readonly rootNamespace: string | null;
  readonly rootName: string;
  readonly headerId: string | undefined;
  readonly agencies: readonly Maintainable[];
  readonly dataflows: readonly Dataflow[];
  readonly codelists: readonly Codelist[];
  readonly conceptSchemes: readonly ConceptScheme[];
  readonly dataStructures: readonly DataStructure[];
}

/** `AGENCY:ID(VERSION)`. */
export const urnOf = (a: {
  readonly agencyID?: string | undefined;
  readonly id: string;
  readonly version?: string | undefined;
}) => `${a.agencyID}:${a.id}(${a.version})`;

function children(parent: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === ns && e.localName === name) out.push(e);
    }
  return out;
}
const child = (parent: Element, ns: string, name: string) => children(parent, ns, name)[0];
const deep = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name));

function refOf(parent: Element | undefined): Reference | undefined {
  if (!parent) return undefined;
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === 'Ref' && !(n as Element).namespaceURI) {
      const e = n as Element;
      const attr = (name: string) =>
        e.hasAttribute(name) ? (e.getAttribute(name) ?? '') : undefined;
      return {
        id: attr('id') ?? '',
        agencyID: attr('agencyID'),
        version: attr('version'),
        maintainableParentID: attr('maintainableParentID'),
        maintainableParentVersion: attr('maintainableParentVersion'),
        class: attr('class'),
      };
    }
  return undefined;
}

function namesOf(e: Element): Map<string, string> {
  return new Map(
    children(e, NS.common, 'Name').map((n) => [
      n.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') || '',
      n.textContent ?? '',
    ]),
  );
}

function maintainable(e: Element, type: string): Maintainable {
  return {
    type,
    id: e.getAttribute('id') ?? '',
    agencyID: e.getAttribute('agencyID') ?? '',
    version: e.getAttribute('version') ?? '',
    names: namesOf(e),
    xml: e.toString(),
  };
}

function componentOf(e: Element): Component {
  const representation = child(e, NS.structure, 'LocalRepresentation');
  const enumeration = representation && child(representation, NS.structure, 'Enumeration');
  const textFormat = representation && child(representation, NS.structure, 'TextFormat');
  const relationship = child(e, NS.structure, 'AttributeRelationship');
  const measure = relationship && child(relationship, NS.structure, 'PrimaryMeasure');
  return {
    kind: e.localName as Component['kind'],
    id: e.getAttribute('id') ?? '',
    ...(e.hasAttribute('position') ? { position: Number(e.getAttribute('position')) } : {}),
    concept: refOf(child(e, NS.structure, 'ConceptIdentity')),
    codelist: refOf(enumeration),
    textType: textFormat?.getAttribute('textType') ?? undefined,
    ...(e.hasAttribute('assignmentStatus')
      ? { assignmentStatus: e.getAttribute('assignmentStatus') ?? '' }
      : {}),
    ...(measure ? { measureRef: refOf(measure)?.id ?? '' } : {}),
  };
}

/** Parses one structure message; throws on XML that is not well formed. */
export function parseStructureMessage(file: string, xml: string): StructureMessage {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
  const root = doc.documentElement as unknown as Element;
  const header = child(root, NS.message, 'Header');
  return {
    file,
    rootNamespace: root.namespaceURI,
    rootName: root.localName ?? '',
    headerId: header ? (child(header, NS.message, 'ID')?.textContent ?? undefined) : undefined,
    agencies: deep(root, NS.structure, 'AgencyScheme').flatMap((scheme) =>
      children(scheme, NS.structure, 'Agency').map((agency) => ({
        ...maintainable(scheme, 'Agency'),
        id: agency.getAttribute('id') ?? '',
      })),
    ),
    dataflows: deep(root, NS.structure, 'Dataflow').map((e) => ({
      ...maintainable(e, 'Dataflow'),
      structure: refOf(child(e, NS.structure, 'Structure')),
    })),
    codelists: deep(root, NS.structure, 'Codelist').map((e) => ({
      ...maintainable(e, 'Codelist'),
      codes: new Map(
        children(e, NS.structure, 'Code').map((code) => {
          const parent = refOf(child(code, NS.structure, 'Parent'))?.id;
          return [
            code.getAttribute('id') ?? '',
            { names: namesOf(code), ...(parent ? { parent } : {}) },
          ] as const;
        }),
      ),
    })),
    conceptSchemes: deep(root, NS.structure, 'ConceptScheme').map((e) => ({
      ...maintainable(e, 'ConceptScheme'),
      concepts: new Set(
        children(e, NS.structure, 'Concept').map((c) => c.getAttribute('id') ?? ''),
      ),
    })),
    dataStructures: deep(root, NS.structure, 'DataStructure').map((e) => ({
      ...maintainable(e, 'DataStructure'),
      components: (
        [
          ['DimensionList', ['Dimension', 'TimeDimension']],
          ['AttributeList', ['Attribute']],
          ['MeasureList', ['PrimaryMeasure']],
        ] as const
      ).flatMap(([list, names]) =>
        deep(e, NS.structure, list).flatMap((l) =>
          Array.from(l.childNodes)
            .filter(
              (n): n is Element =>
                n.nodeType === 1 &&
                (n as Element).namespaceURI === NS.structure &&
                (names as readonly string[]).includes((n as Element).localName ?? ''),
            )
            .map(componentOf),
        ),
      ),
    })),
  };
}

/** Every published structure message. */
export function readPublishedStructures(dir = SDMX_DIR): StructureMessage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => parseStructureMessage(name, readFileSync(join(dir, name), 'utf8')));
}

/** What a registry would refuse in a set of structure messages; empty when there is nothing. */
export function structureProblems(messages: readonly StructureMessage[]): string[] {
  const problems: string[] = [];
  const all = <T extends Maintainable>(pick: (m: StructureMessage) => readonly T[]) =>
    messages.flatMap((m) => pick(m).map((a) => [m.file, a] as const));
  const seen = new Map<string, { file: string; xml: string }>();
  for (const [file, a] of [
    ...all((m) => m.dataflows),
    ...all((m) => m.codelists),
    ...all((m) => m.conceptSchemes),
    ...all((m) => m.dataStructures),
  ]) {
    const key = `${a.type} ${urnOf(a)}`;
    if (!ID_RULES.id.test(a.id)) problems.push(`${file}: ${a.type} id "${a.id}" breaks IDType`);
    if (!ID_RULES.agency.test(a.agencyID))
      problems.push(`${file}: ${key}: agency "${a.agencyID}" breaks NestedNCNameIDType`);
    if (!ID_RULES.version.test(a.version))
      problems.push(`${file}: ${key}: version "${a.version}" breaks VersionType`);
    if (a.names.size === 0) problems.push(`${file}: ${key} has no name`);
    const before = seen.get(key);
    if (before && before.xml !== a.xml)
      problems.push(`${file}: ${key} differs from the one in ${before.file}`);
    if (!before) seen.set(key, { file, xml: a.xml });
  }
  for (const m of messages) {
    if (m.rootNamespace !== NS.message || m.rootName !== 'Structure')
      problems.push(`${m.file}: the root is not an SDMX-ML 2.1 message:Structure`);
    if (!m.headerId || !ID_RULES.id.test(m.headerId))
      problems.push(`${m.file}: the header ID "${m.headerId}" breaks IDType`);
    for (const agency of m.agencies)
      if (!ID_RULES.ncName.test(agency.id))
        problems.push(`${m.file}: agency id "${agency.id}" breaks NCNameIDType`);
    const codelists = new Map(m.codelists.map((c) => [urnOf(c), c]));
    const schemes = new Map(m.conceptSchemes.map((c) => [urnOf(c), c]));
    const structures = new Map(m.dataStructures.map((d) => [urnOf(d), d]));
    for (const list of m.codelists) {
      if (list.codes.size === 0) problems.push(`${m.file}: ${urnOf(list)} has no code`);
      for (const [id, code] of list.codes) {
        if (!ID_RULES.id.test(id))
          problems.push(`${m.file}: ${urnOf(list)}: code "${id}" breaks IDType`);
        if (code.names.size === 0)
          problems.push(`${m.file}: ${urnOf(list)}: code ${id} has no name`);
        if (code.parent !== undefined && !list.codes.has(code.parent))
          problems.push(`${m.file}: ${urnOf(list)}: parent ${code.parent} of ${id} is not a code`);
      }
    }
    for (const scheme of m.conceptSchemes)
      for (const id of scheme.concepts)
        if (!ID_RULES.ncName.test(id))
          problems.push(`${m.file}: ${urnOf(scheme)}: concept "${id}" breaks NCNameIDType`);
    for (const flow of m.dataflows) {
      const ref = flow.structure;
      if (ref?.class !== 'DataStructure' || !structures.has(urnOf(ref)))
        problems.push(
          `${m.file}: dataflow ${urnOf(flow)} → data structure ${ref ? urnOf(ref) : 'none'} does not resolve`,
        );
    }
    for (const dsd of m.dataStructures) {
      const dims = dsd.components.filter(
        (c) => c.kind === 'Dimension' || c.kind === 'TimeDimension',
      );
      const measures = dsd.components.filter((c) => c.kind === 'PrimaryMeasure');
      const times = dims.filter((c) => c.kind === 'TimeDimension');
      if (times.length !== 1 || dims.at(-1)?.kind !== 'TimeDimension')
        problems.push(`${m.file}: ${urnOf(dsd)}: one time dimension, last, is required`);
      dims.forEach((d, i) => {
        if (d.position !== i + 1)
          problems.push(
            `${m.file}: ${urnOf(dsd)}: ${d.id} is at position ${d.position}, not ${i + 1}`,
          );
      });
      if (measures.length !== 1)
        problems.push(`${m.file}: ${urnOf(dsd)}: one primary measure is required`);
      const ids = new Set<string>();
      for (const c of dsd.components) {
        const where = `${m.file}: ${urnOf(dsd)}: ${c.kind} ${c.id}`;
        if (!ID_RULES.ncName.test(c.id)) problems.push(`${where}: id breaks NCNameIDType`);
        if (ids.has(c.id)) problems.push(`${where}: id used twice`);
        ids.add(c.id);
        const concept = c.concept;
        const scheme =
          concept &&
          schemes.get(
            urnOf({
              agencyID: concept.agencyID,
              id: concept.maintainableParentID ?? '',
              version: concept.maintainableParentVersion,
            }),
          );
        if (concept?.class !== 'Concept' || !scheme?.concepts.has(concept.id))
          problems.push(`${where} → concept does not resolve`);
        if (c.codelist) {
          if (c.codelist.class !== 'Codelist' || !codelists.has(urnOf(c.codelist)))
            problems.push(`${where} → codelist ${urnOf(c.codelist)} does not resolve`);
        } else if (!c.textType) problems.push(`${where}: neither a codelist nor a text format`);
        if (c.kind === 'Attribute' && !measures.some((x) => x.id === c.measureRef))
          problems.push(`${where} → measure ${c.measureRef} does not resolve`);
      }
    }
  }
  return problems;
}
