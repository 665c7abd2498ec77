import { createMemorySink, type ExportRecord, exportRecords, importRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { describe, expect, it } from 'vitest';
import { csvExporter, csvImporter } from './csv';

const trafficking = SAMPLE_RECORDS.filter((entry) => entry.recordType === 'trafficking_event');

async function exportCsv(records: readonly ExportRecord[], options?: unknown) {
  const sink = createMemorySink();
  const result = await exportRecords(records, {
    exporter: csvExporter,
    options,
    sink,
    profile: 'internal',
    locale: 'en',
  });
  const files = Object.fromEntries(
    [...sink.files].map(([name, file]) => [
      name,
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes),
    ]),
  );
  return { result, files, sink };
}

async function importBack(sink: ReturnType<typeof createMemorySink>) {
  const events = [];
  const files = [...sink.files].map(([name, file]) => ({ name, bytes: file.bytes }));
  for await (const chunk of importRecords(files, { importer: csvImporter })) {
    events.push(...(Array.isArray(chunk) ? chunk : [chunk]));
  }
  return events;
}

describe('csvExporter', () => {
  it('writes a header of field paths and one row per record, numbers with a decimal comma, lists with "; "', async () => {
    const { files, result } = await exportCsv(trafficking);
    expect(result.issues).toEqual([]);
    expect(files['trafficking_event.csv']).toMatchInlineSnapshot(`
      "id,personId,purposes,meansOfControl,recruiterRelation,recruitmentMethod,destinationCountry,domestic,monthsAway,startDate,endDate,labourSectors,sexualExploitationForms
      TE-0001,P-0001,FORCED_LABOUR; SCAM_COMPOUND_LABOUR,FALSE_PROMISES; RESTRICTS_MOVEMENT; WITHHOLDS_DOCUMENTS,OTHER_ACQUAINTANCE,EASY_JOB_HIGH_PAY,KH,false,"3,5",2024-01-10,2024-04-25,,
      "
    `);
  });

  it('adds label columns after code columns and a byte-order mark on request', async () => {
    const { files } = await exportCsv(trafficking, { bom: true, labels: 'vi' });
    const text = files['trafficking_event.csv'] ?? '';
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header = '', row = ''] = text.slice(1).split('\r\n');
    expect(header).toContain('purposes,purposes__label,');
    expect(row).toContain('FORCED_LABOUR; SCAM_COMPOUND_LABOUR,');
  });

  it('escapes text a spreadsheet would run as a formula, and the importer restores it', async () => {
    const record = structuredClone(SAMPLE_RECORDS[0]?.record ?? {}) as Record<string, unknown>;
    const residence = record.residence as Record<string, unknown>;
    residence.name = '=HYPERLINK("http://x","y")';
    const input = [{ recordType: 'person', record }];
    const { files, sink } = await exportCsv(input);
    expect(files['person.csv']).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const events = await importBack(sink);
    expect(events).toMatchObject([
      { kind: 'record', value: { residence: { name: '=HYPERLINK("http://x","y")' } } },
      { kind: 'tally', tally: { file: 'person.csv', rowsRead: 1, recordsMade: 1, rowsSkipped: 0 } },
    ]);
  });

  it('reports fields without a column and values CSV cannot keep', async () => {
    const record = {
      ...(trafficking[0]?.record ?? {}),
      extra: 1,
      recruitmentMethod: 'X ',
      purposes: [],
    };
    const { result } = await exportCsv([{ recordType: 'trafficking_event', record }]);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      [
        'export_field_dropped',
        [0, 'extra'],
        'The field [0].extra has no column in the CSV format, so it was not exported.',
      ],
      [
        'export_value_changed',
        [0, 'purposes'],
        'The value at [0].purposes cannot be kept exactly in the CSV format: an empty list is read as absent.',
      ],
      [
        'export_value_changed',
        [0, 'recruitmentMethod'],
        'The value at [0].recruitmentMethod cannot be kept exactly in the CSV format: trailing spaces are trimmed.',
      ],
    ]);
  });

  it('refuses unknown and invalid options', async () => {
    await expect(exportCsv(trafficking, { bom: 'yes' })).rejects.toThrow(
      /bom must be true or false/,
    );
    await expect(exportCsv(trafficking, { label: 'vi' })).rejects.toThrow(/unknown option "label"/);
  });

  it('writes ";"-separated files that the importer reads back', async () => {
    const { files, sink } = await exportCsv(trafficking, { delimiter: ';' });
    expect(files['trafficking_event.csv']).toContain(';"FORCED_LABOUR; SCAM_COMPOUND_LABOUR";');
    const events = await importBack(sink);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'record', value: trafficking[0]?.record }),
      expect.objectContaining({ kind: 'tally' }),
    ]);
  });
});
