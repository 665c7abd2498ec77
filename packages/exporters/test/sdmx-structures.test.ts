// The published SDMX structures (schemas/sdmx/) as a registry checks them. No package from the registries ships the
// official SDMX-ML XSDs, so this test parses each message and checks the SDMX id rules and that every reference
// resolves; a control run shows the check catches a broken message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_INDICATORS } from '@vntip/indicators';
import { CODELISTS } from '@vntip/schema';
import { describe, expect, it } from 'vitest';
import {
  parseStructureMessage,
  readPublishedStructures,
  SDMX_DIR,
  structureProblems,
  urnOf,
} from './sdmx-structure-reader';

const messages = readPublishedStructures();
const dsdOf = (flowId: string) => {
  const message = messages.find((m) => m.dataflows.some((f) => f.id === flowId));
  const flow = message?.dataflows.find((f) => f.id === flowId);
  return message?.dataStructures.find((d) => flow?.structure && urnOf(d) === urnOf(flow.structure));
};

/** The key of IAEG-SDGs:DF_SDG_GLH, the SDG global dataflow (issue 15). */
const DF_SDG_GLH_KEY = [
  'FREQ',
  'REPORTING_TYPE',
  'SERIES',
  'REF_AREA',
  'SEX',
  'AGE',
  'URBANISATION',
  'INCOME_WEALTH_QUANTILE',
  'EDUCATION_LEV',
  'OCCUPATION',
  'CUST_BREAKDOWN',
  'COMPOSITE_BREAKDOWN',
  'DISABILITY_STATUS',
  'ACTIVITY',
  'PRODUCT',
  'TIME_PERIOD',
];

describe('published SDMX structures', () => {
  it('are one message per dataflow and the agency scheme, each well formed', () => {
    expect(messages.map((m) => m.file)).toEqual([
      'DF_SDG_16_2_2.xml',
      'DF_TIP_JUSTICE.xml',
      'DF_TIP_PREVENTION.xml',
      'DF_TIP_SUPPORT.xml',
      'DF_TIP_TRANSFERS.xml',
      'DF_TIP_VICTIMS.xml',
      'VNTIP-AGENCY.xml',
    ]);
    for (const m of messages.filter((x) => x.file.startsWith('DF_'))) {
      expect(m.dataflows, m.file).toHaveLength(1);
      expect(m.dataStructures, m.file).toHaveLength(1);
      expect(m.conceptSchemes, m.file).toHaveLength(1);
      expect(m.codelists.length, m.file).toBeGreaterThan(2);
    }
    expect(messages.at(-1)?.agencies.map((a) => a.id)).toEqual(['VNTIP']);
  });

  it('follow the SDMX id rules and every reference resolves, in each file on its own', () => {
    expect(structureProblems(messages)).toEqual([]);
    for (const m of messages) expect(structureProblems([m]), m.file).toEqual([]);
  });

  it('control: the check finds a broken reference, a bad id and a changed duplicate', () => {
    const text = readFileSync(join(SDMX_DIR, 'DF_TIP_JUSTICE.xml'), 'utf8');
    const broken = [
      text.replace('id="CL_UNIT_MEASURE" agencyID', 'id="CL_UNIT_MEASUREX" agencyID'),
      text.replace('<structure:Code id="NUMBER">', '<structure:Code id="NUM BER">'),
      text.replace(
        'id="DSD_TIP_JUSTICE" agencyID="VNTIP" version="1.0" class',
        'id="DSD_X" agencyID="VNTIP" version="1.0" class',
      ),
      text.replace('<structure:Concept id="OBS_STATUS">', '<structure:Concept id="OBS_STATUS_">'),
      text.replace('position="2"', 'position="7"'),
    ];
    for (const [i, xml] of broken.entries()) {
      expect(xml, `mutation ${i} applies`).not.toBe(text);
      expect(
        structureProblems([parseStructureMessage('broken.xml', xml)]).length,
        `mutation ${i}`,
      ).toBeGreaterThan(0);
    }
    const changed = parseStructureMessage(
      'changed.xml',
      text.replace('>Number</common:Name>', '>Count</common:Name>'),
    );
    expect(structureProblems([...messages, changed]).join('\n')).toMatch(
      /CL_UNIT_MEASURE.*differs/,
    );
  });

  it('lay out the SDG 16.2.2 dataflow as DF_SDG_GLH with SDG codes', () => {
    const dsd = dsdOf('DF_SDG_16_2_2');
    const dims = dsd?.components.filter(
      (c) => c.kind === 'Dimension' || c.kind === 'TimeDimension',
    );
    expect(dims?.map((d) => d.id)).toEqual(DF_SDG_GLH_KEY);
    const sdg = messages.find((m) => m.file === 'DF_SDG_16_2_2.xml');
    const codes = (dimension: string) => {
      const ref = dims?.find((d) => d.id === dimension)?.codelist;
      const list = sdg?.codelists.find((c) => ref && urnOf(c) === urnOf(ref));
      return [...(list?.codes.keys() ?? [])];
    };
    expect(codes('SERIES')).toEqual([
      'VC_HTF_DETV',
      'VC_HTF_DETVFL',
      'VC_HTF_DETVOG',
      'VC_HTF_DETVOP',
      'VC_HTF_DETVSX',
      'VC_HTF_DETVR',
    ]);
    expect(codes('SEX')).toEqual(['F', 'M', '_O', '_U', '_T']);
    expect(codes('AGE')).toEqual(['Y0T17', 'Y_GE18', '_U', '_T']);
    expect(codes('REPORTING_TYPE')).toEqual(['N']);
    expect(codes('REF_AREA')[0]).toBe('704');
    for (const id of DF_SDG_GLH_KEY.slice(6, -1)) expect(codes(id), id).toEqual(['_T']);
  });

  it('hold every province of both lists in the national extension of REF_AREA, under 704', () => {
    const list = messages.flatMap((m) => m.codelists).find((c) => c.id === 'CL_AREA_VN');
    const expected = [
      ...(CODELISTS.province2025?.rows ?? []).map((r) => `704-P2025-${r.code}`),
      ...(CODELISTS.province2004?.rows ?? []).map((r) => `704-P2004-${r.code}`),
    ];
    expect(expected).toHaveLength(34 + 63);
    expect([...(list?.codes.keys() ?? [])]).toEqual(['704', ...expected]);
    for (const code of expected) expect(list?.codes.get(code)?.parent).toBe('704');
  });

  it('carry each built-in indicator in one VN-TIP dataflow, under its own title', () => {
    const flows = messages.flatMap((m) =>
      m.codelists.filter((c) => c.id.startsWith('CL_INDICATOR_')).map((c) => [m.file, c] as const),
    );
    const seen = new Map<string, string>();
    for (const [file, list] of flows)
      for (const [id, code] of list.codes) {
        expect(seen.get(id) ?? file, `${id} in one dataflow`).toBe(file);
        seen.set(id, file);
        const meta = BUILTIN_INDICATORS[id as keyof typeof BUILTIN_INDICATORS]?.meta;
        expect(meta, id).toBeDefined();
        expect(code.names.get('vi'), id).toBe(meta?.title.vi);
        expect(code.names.get('en'), id).toBe(meta?.title.en);
      }
    // sdg-16-2-2 is published in the SDG dataflow only, as VC_HTF_DETVR.
    expect([...seen.keys(), 'sdg-16-2-2'].sort()).toEqual(Object.keys(BUILTIN_INDICATORS).sort());
  });
});
