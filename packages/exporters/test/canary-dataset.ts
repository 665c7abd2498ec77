// A made-up dataset seeded with canaries: fake names, phone numbers, citizen ID numbers, addresses, e-mail
// addresses and free-text notes, in every field where a careless province might type them. No real person.
import type { ExportRecord } from '@vntip/core';

const NAMES = ['Nguyễn Thị Canary', 'Trần Văn Hoàng Yến'];
const PHONES = ['0912345678', '0987654321'];
const EMAILS = ['canary.victim@example.org'];
const ADDRESSES = ['Số 12 ngõ 34 phố Canary'];
const NOTES = ['ghi chú riêng về nạn nhân Canary'];
const PLACE = {
  codeListVersion: '124/2004',
  level: 'district',
  code: '223',
  provinceCode: '24',
  name: ADDRESSES[0],
};

/** A citizen-ID-like identifier (12 digits) for person i. */
const citizenId = (i: number) => `0011900${String(12345 + i).padStart(5, '0')}`;

/** Every string that must never appear in a non-internal export. */
export function canaries(count: number): string[] {
  return [
    ...NAMES,
    ...PHONES,
    ...EMAILS,
    ...ADDRESSES,
    ...NOTES,
    ...Array.from({ length: count }, (_, i) => citizenId(i)),
  ];
}

/** `count` victims, each with a person, a decision, a trafficking event, a receipt, a support and a transfer. */
export function canaryDataset(count: number): ExportRecord[] {
  const records: ExportRecord[] = [];
  for (let i = 0; i < count; i++) {
    const id = i % 5 === 0 ? (PHONES[i % 2] as string) + String(i) : citizenId(i);
    const personId = i % 5 === 0 ? id : citizenId(i);
    records.push(
      {
        recordType: 'person',
        record: {
          id: personId,
          category: 'VICTIM',
          sex: i % 3 === 0 ? 'MALE' : 'FEMALE',
          birthYear: 1990 + (i % 12),
          nationality: 'VN',
          residence: PLACE,
        },
      },
      {
        recordType: 'status_decision',
        record: {
          id: `SD-${citizenId(i)}`,
          personId,
          status: 'IDENTIFIED_VICTIM',
          decidingAgency: { type: 'POLICE_PROVINCIAL', unit: PLACE, name: NAMES[1] },
          date: '2024-04-26',
          lawVersion: '2011',
          confirmationDocuments: [
            {
              type: 'VICTIM_CONFIRMATION',
              number: citizenId(i),
              date: '2024-04-26',
              foreign: false,
            },
          ],
        },
      },
      {
        recordType: 'trafficking_event',
        record: {
          id: `TE-${i}`,
          personId,
          purposes: ['FORCED_LABOUR'],
          destinationCountry: 'KH',
          domestic: false,
          startDate: '2024-01-10',
        },
      },
      {
        recordType: 'process_event',
        record: {
          id: `PE-${i}`,
          personId,
          type: 'RECEIPT',
          date: '2024-04-20',
          agency: { type: 'COMMUNE_PC', unit: PLACE, name: `${ADDRESSES[0]}, ${PHONES[1]}` },
          location: PLACE,
        },
      },
      {
        recordType: 'support_service',
        record: {
          id: `SS-${i}`,
          personId,
          supportType: { lawVersion: '2011', code: 'INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN' },
          status: 'PROVIDED',
          provider: { type: 'DOLISA', name: NAMES[0] },
          date: '2024-05-02',
          inKind: `${NAMES[0]}, ${PHONES[0]}, ${EMAILS[0]}, ${ADDRESSES[0]}, ${NOTES[0]}`,
        },
      },
      {
        recordType: 'inter_province_transfer',
        record: {
          id: `IT-${i}`,
          personId,
          from: { codeListVersion: '124/2004', level: 'province', code: '20', name: ADDRESSES[0] },
          to: PLACE,
          date: '2024-04-22',
          escortingAgency: { type: 'POLICE_PROVINCIAL', name: NAMES[1] },
          handoverMinutes: { number: citizenId(i), date: '2024-04-22' },
        },
      },
    );
  }
  return records;
}
