// Random victims for the CTDC tests, built from our codelists: a person, an identification decision, up to two
// trafficking events and a receipt each, plus persons who were never identified.
import type { ExportRecord } from '@vntip/core';
import { CODELISTS } from '@vntip/schema';
import fc from 'fast-check';

const codes = (name: string) => (CODELISTS[name]?.rows ?? []).map((row) => row.code);
const COUNTRIES = ['VN', 'LA', 'KH', 'CN', 'TH', 'MY', 'KR', 'STATELESS', 'UNKNOWN'];
const DESTINATIONS = ['KH', 'CN', 'LA', 'TH', 'MY', 'VN'];

const date = fc
  .date({
    min: new Date('2018-01-01T00:00:00Z'),
    max: new Date('2025-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const event = fc.record(
  {
    purposes: fc.uniqueArray(fc.constantFrom(...codes('purpose')), { minLength: 1, maxLength: 3 }),
    meansOfControl: fc.uniqueArray(fc.constantFrom(...codes('meansOfControl')), { maxLength: 4 }),
    labourSectors: fc.uniqueArray(fc.constantFrom(...codes('labourSector')), { maxLength: 3 }),
    sexualExploitationForms: fc.uniqueArray(fc.constantFrom(...codes('sexualExploitationType')), {
      maxLength: 2,
    }),
    recruiterRelation: fc.constantFrom(...codes('recruiterRelation')),
    destinationCountry: fc.constantFrom(...DESTINATIONS),
    domestic: fc.boolean(),
    monthsAway: fc.double({ min: 0, max: 60, noNaN: true }),
    startDate: date,
    endDate: date,
  },
  { requiredKeys: ['purposes', 'domestic'] },
);

const victim = fc.record({
  sex: fc.constantFrom(...codes('sex')),
  age: fc.oneof(
    fc.integer({ min: 1950, max: 2020 }).map((birthYear) => ({ birthYear })),
    fc.constantFrom(...codes('ageBand')).map((ageBand) => ({ ageBand })),
    fc.constant({}),
  ),
  nationality: fc.constantFrom(...COUNTRIES),
  identified: fc.oneof(
    { weight: 5, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  decided: date,
  events: fc.array(event, { maxLength: 2 }),
  received: fc.option(date, { nil: undefined }),
});

/** Records of `minLength` to `maxLength` random persons, most of them identified victims. */
export function ctdcDataset(minLength: number, maxLength: number): fc.Arbitrary<ExportRecord[]> {
  return fc.array(victim, { minLength, maxLength }).map((people) =>
    people.flatMap((p, i): ExportRecord[] => {
      const id = `P-${String(i).padStart(5, '0')}`;
      return [
        {
          recordType: 'person',
          record: {
            id,
            category: p.identified ? 'VICTIM' : 'UNDER_VERIFICATION',
            sex: p.sex,
            ...p.age,
            nationality: p.nationality,
          },
        },
        {
          recordType: 'status_decision',
          record: {
            id: `SD-${id}`,
            personId: id,
            status: p.identified ? 'IDENTIFIED_VICTIM' : 'UNDER_VERIFICATION',
            decidingAgency: { type: 'POLICE_PROVINCIAL' },
            date: p.decided,
          },
        },
        ...p.events.map(
          (e, j): ExportRecord => ({
            recordType: 'trafficking_event',
            record: {
              id: `TE-${id}-${j}`,
              personId: id,
              ...e,
              ...(e.domestic ? { destinationCountry: 'VN' } : {}),
            },
          }),
        ),
        ...(p.received
          ? [
              {
                recordType: 'process_event',
                record: { id: `PE-${id}`, personId: id, type: 'RECEIPT', date: p.received },
              },
            ]
          : []),
      ];
    }),
  );
}
