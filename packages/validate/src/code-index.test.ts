import { codeWithLabel, collectEvents, lookUpCode, readCsv, suggestCode } from '@vntip/read';
import { describe, expect, it } from 'vitest';
import { validateRecord } from './validate-record';

// The tables here hold only the columns each test is about: their missing required columns are not its subject.
const PARTIAL_TABLES = ['required_column_missing'];

describe('codes written by officers', () => {
  it('reads a code from itself, its labels and aliases, with case, diacritics and spacing ignored', () => {
    expect(lookUpCode('activityType', 'TRAINING')).toBe('TRAINING');
    expect(lookUpCode('activityType', 'training')).toBe('TRAINING');
    expect(lookUpCode('activityType', 'tap  huan')).toBe('TRAINING');
    expect(lookUpCode('activityType', 'LEAFLETS')).toBe('LEAFLET');
    expect(lookUpCode('outputUnit', 'TỜ')).toBe('COPY');
    expect(lookUpCode('outputUnit', 'pano')).toBe('PANEL');
  });

  it('never reads a text that only resembles a code: it is suggested instead', () => {
    for (const [text, code] of [
      ['TAP_HUAN', 'TRAINING'],
      ['CONFERENCES', 'CONFERENCE'],
      ['COMMUNICATION-SESSION', 'COMMUNICATION_SESSION'],
      ['Tâp huân', undefined],
    ] as const) {
      if (code) expect(lookUpCode('activityType', text), text).toBeUndefined();
      expect(suggestCode('activityType', text), text).toBe(code ?? 'TRAINING');
    }
    expect(suggestCode('activityType', 'xyz')).toBeUndefined();
    expect(codeWithLabel('activityType', 'TRAINING', 'vi')).toBe('TRAINING (Tập huấn)');
  });

  it('gives one error with the suggestion for a near miss, in JSON as in a sheet', () => {
    const result = validateRecord(
      'prevention_activity',
      {
        id: 'A-1',
        activityType: 'TAP_HUAN',
        startDate: '2024-03-05',
        location: { codeListVersion: '124/2004', level: 'province', code: '24' },
        organiser: { type: 'DOLISA' },
        activityCount: 1,
      },
      { locale: 'en' },
    );
    expect(result.issues.map((issue) => issue.code)).toEqual(['unknown_code_did_you_mean']);
    expect(result.issues[0]?.message).toBe(
      'The code "TAP_HUAN" at Prevention activity › Activity type is not in the codelist; did you mean TRAINING (Training)?',
    );
  });

  it('says once per column and value that a label was read as its code, never for a sensitive field', async () => {
    const csv = [
      'id,activityType,startDate,location,organiser.type',
      'A-1,Tập huấn,05/03/2024,"{""codeListVersion"":""124/2004"",""level"":""province"",""code"":""24""}",DOLISA',
      'A-2,Tập huấn,06/03/2024,"{""codeListVersion"":""124/2004"",""level"":""province"",""code"":""24""}",DOLISA',
      'A-3,"hội nghị, TỌA ĐÀM",07/03/2024,"{""codeListVersion"":""124/2004"",""level"":""province"",""code"":""24""}",DOLISA',
      '',
    ].join('\n');
    const { issues } = await collectEvents(
      readCsv(
        { name: 'prevention_activity.csv', bytes: new TextEncoder().encode(csv) },
        { locale: 'vi' },
      ),
      { except: PARTIAL_TABLES },
    );
    expect(issues.map((issue) => [issue.code, issue.location?.row, issue.params?.code])).toEqual([
      ['code_read_from_label', 2, 'TRAINING'],
      ['code_read_from_label', 4, 'CONFERENCE'],
    ]);
    expect(issues[0]?.message).toBe(
      'Giá trị "Tập huấn" ở cột activityType được đọc là mã TRAINING.',
    );
    const persons = await collectEvents(
      readCsv(
        {
          name: 'person.csv',
          bytes: new TextEncoder().encode('id,category,sex\nP-1,Nạn nhân,Nữ\n'),
        },
        { locale: 'vi' },
      ),
      { except: PARTIAL_TABLES },
    );
    // The category (sensitive) is read silently; sex (a quasi-identifier) is said.
    expect(persons.issues.map((issue) => issue.params?.code)).toEqual(['FEMALE']);
    expect(persons.records[0]?.value).toMatchObject({ category: 'VICTIM', sex: 'FEMALE' });
  });
});
