import { createMemorySink, exportRecords } from '@vntip/core';
import { SAMPLE_RECORDS } from '@vntip/core/testing';
import { describe, expect, it } from 'vitest';
import { jsonExporter } from './json';
import { ndjsonExporter } from './ndjson';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('canonical JSON and NDJSON', () => {
  it('writes one JSON array per record type, a canonical record per line', async () => {
    const sink = createMemorySink();
    const records = SAMPLE_RECORDS.filter((entry) => entry.recordType === 'person');
    await exportRecords(records, { exporter: jsonExporter, sink, profile: 'internal' });
    expect([...sink.files.keys()]).toEqual(['person.json', 'risk-report.json']);
    const lines = text(sink.files.get('person.json')?.bytes).split('\n');
    expect(lines[0]).toBe('[');
    expect(lines[1]).toMatch(/^\{"birthYear":2001,"category":"VICTIM",.*\},$/);
    expect(lines.slice(-3)).toEqual([expect.stringMatching(/^\{.*\}$/), ']', '']);
  });

  it('writes one NDJSON file per record type in the order types first appear', async () => {
    const sink = createMemorySink();
    await exportRecords(SAMPLE_RECORDS, { exporter: ndjsonExporter, sink, profile: 'internal' });
    expect([...sink.files.keys()]).toEqual([
      'person.ndjson',
      'prevention_activity.ndjson',
      'support_service.ndjson',
      'process_event.ndjson',
      'trafficking_event.ndjson',
      'risk-report.json',
    ]);
    expect(text(sink.files.get('trafficking_event.ndjson')?.bytes)).toMatchInlineSnapshot(`
      "{"destinationCountry":"KH","domestic":false,"endDate":"2024-04-25","id":"TE-0001","meansOfControl":["FALSE_PROMISES","RESTRICTS_MOVEMENT","WITHHOLDS_DOCUMENTS"],"monthsAway":3.5,"personId":"P-0001","purposes":["FORCED_LABOUR","SCAM_COMPOUND_LABOUR"],"recruiterRelation":"OTHER_ACQUAINTANCE","recruitmentMethod":"EASY_JOB_HIGH_PAY","startDate":"2024-01-10"}
      "
    `);
  });
});
