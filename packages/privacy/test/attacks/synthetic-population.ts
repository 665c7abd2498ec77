// A seeded, obviously synthetic population for the attack suite: no real person. Most persons share common
// attributes (young women from Bắc Giang trafficked to China in 2024); a few are planted with rare combinations
// (an elderly man from a Lạng Sơn district, a Lao national, an organ-removal case in Malaysia …) that an attacker
// could single out. Every free-text field and every identifier holds a canary the scan must never find outside an
// internal export. Prevention activities, media outlets and crime statistics hold no personal data.
import type { ExportRecord } from '@vntip/core';

/** What the attacker is assumed to know about a person: their recorded attributes, as a neighbour or a colleague would. */
export interface Background {
  readonly id: string;
  readonly planted: boolean;
  readonly sex: string;
  readonly birthYear: number;
  /** 124/2004 province and district of residence. */
  readonly province: string;
  readonly district: string;
  readonly nationality: string;
  /** Destination country of their trafficking, or VN when domestic. */
  readonly destination: string;
  /** Every date of their records (decisions, events, support, transfers), YYYY-MM-DD. */
  readonly dates: readonly string[];
}

/** The population: its records, what is known of each person, and the canaries. */
export interface Population {
  readonly records: ExportRecord[];
  readonly persons: readonly Background[];
  readonly canaries: readonly string[];
}

/** A small fast seeded generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  '24': ['213', '215', '217', '219', '221', '223'],
  '20': ['178', '180'],
  '01': ['001', '002'],
};

interface Planted {
  readonly sex: string;
  readonly birthYear: number;
  readonly province: string;
  readonly district: string;
  readonly nationality: string;
  readonly destination: string;
  readonly purposes: readonly string[];
  readonly month: number;
  readonly amountVnd: number;
}

/** The planted persons: each unique on a combination an attacker could know. */
const PLANTED: readonly Planted[] = [
  {
    sex: 'MALE',
    birthYear: 1951,
    province: '20',
    district: '180',
    nationality: 'VN',
    destination: 'CN',
    purposes: ['FORCED_LABOUR'],
    month: 11,
    amountVnd: 7_350_000,
  },
  {
    sex: 'FEMALE',
    birthYear: 1999,
    province: '24',
    district: '213',
    nationality: 'LA',
    destination: 'CN',
    purposes: ['ILLEGAL_MARRIAGE'],
    month: 2,
    amountVnd: 1_230_000,
  },
  {
    sex: 'MALE',
    birthYear: 1988,
    province: '01',
    district: '002',
    nationality: 'VN',
    destination: 'MY',
    purposes: ['ORGAN_REMOVAL'],
    month: 7,
    amountVnd: 9_990_000,
  },
  {
    sex: 'OTHER',
    birthYear: 2003,
    province: '24',
    district: '221',
    nationality: 'VN',
    destination: 'KH',
    purposes: ['SCAM_COMPOUND_LABOUR'],
    month: 5,
    amountVnd: 2_410_000,
  },
  {
    sex: 'FEMALE',
    birthYear: 2012,
    province: '20',
    district: '178',
    nationality: 'VN',
    destination: 'TH',
    purposes: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    month: 9,
    amountVnd: 3_170_000,
  },
  {
    sex: 'MALE',
    birthYear: 1965,
    province: '24',
    district: '217',
    nationality: 'KH',
    destination: 'VN',
    purposes: ['FORCED_LABOUR'],
    month: 12,
    amountVnd: 5_550_000,
  },
  {
    sex: 'FEMALE',
    birthYear: 1958,
    province: '01',
    district: '001',
    nationality: 'VN',
    destination: 'CN',
    purposes: ['FOETUS'],
    month: 3,
    amountVnd: 8_080_000,
  },
  {
    sex: 'MALE',
    birthYear: 2008,
    province: '20',
    district: '180',
    nationality: 'CN',
    destination: 'KH',
    purposes: ['SCAM_COMPOUND_LABOUR'],
    month: 1,
    amountVnd: 4_440_000,
  },
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `count` common persons plus the planted ones, each with a person record, an identification decision, a
 * trafficking event, receipt (and some shelter, referral, rescue) events, support services and, for some, an
 * inter-province transfer; then prevention activities, media outlets and crime statistics.
 */
export function syntheticPopulation(count = 360, seed = 20261201): Population {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const records: ExportRecord[] = [];
  const persons: Background[] = [];
  const canaries = new Set<string>();
  const text = (value: string) => {
    canaries.add(value);
    return value;
  };
  const district = (province: string, code: string, i: number) => ({
    codeListVersion: '124/2004',
    level: 'district',
    code,
    provinceCode: province,
    name: text(`Huyện Thử Nghiệm ${code}-${pad(i, 4)}`),
  });
  const provinceUnit = (code: string) => ({ codeListVersion: '124/2004', level: 'province', code });
  const agency = (type: string, province: string, i: number, role: string) => ({
    type,
    unit: provinceUnit(province),
    name: text(`Cơ quan Thử Nghiệm ${role} ${pad(i, 4)}`),
  });
  const total = count + PLANTED.length;
  for (let i = 0; i < total; i++) {
    const plant = i >= count ? PLANTED[i - count] : undefined;
    const province = plant?.province ?? (next() < 0.75 ? '24' : pick(['20', '01']));
    const home = plant?.district ?? pick(DISTRICTS[province] ?? []);
    const id = text(plant ? `SYN-PLANTED-${pad(i - count + 1)}` : `0791990${pad(i, 5)}`);
    const sex = plant?.sex ?? (next() < 0.72 ? 'FEMALE' : 'MALE');
    const birthYear = plant?.birthYear ?? 1994 + Math.floor(next() * 12);
    const nationality = plant?.nationality ?? 'VN';
    const destination = plant?.destination ?? (next() < 0.55 ? 'CN' : next() < 0.6 ? 'KH' : 'VN');
    const month = plant?.month ?? 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 27);
    const start = `2023-${pad(month)}-${pad(day)}`;
    const identified = `2024-${pad(month)}-${pad(day)}`;
    const received = `2024-${pad(month)}-${pad(Math.min(day + 1, 28))}`;
    const supported = `2024-${pad(month)}-${pad(Math.min(day + 2, 28))}`;
    const dates = [start, identified, received, supported];
    records.push({
      recordType: 'person',
      record: {
        id,
        category: 'VICTIM',
        sex,
        birthYear,
        ethnicity: { codeSystem: 'VN-GSO-121-1979', code: plant ? '12' : '01' },
        nationality,
        residence: district(province, home, i),
        ...(plant || next() < 0.2 ? { householdPoverty: plant ? 'POOR' : 'NEAR_POOR' } : {}),
      },
    });
    records.push({
      recordType: 'status_decision',
      record: {
        id: text(`SYN-SD-${pad(i, 4)}`),
        personId: id,
        status: 'IDENTIFIED_VICTIM',
        decidingAgency: agency('POLICE_PROVINCIAL', province, i, 'xác định'),
        date: identified,
        lawVersion: '2011',
        evidenceTypes: ['PROCEDURAL_AGENCY'],
        confirmationDocuments: [
          {
            type: 'VICTIM_CONFIRMATION',
            issuer: agency('POLICE_PROVINCIAL', province, i, 'xác nhận'),
            number: text(`SYN-DOC-${pad(i, 4)}/XN`),
            date: identified,
            foreign: false,
          },
        ],
      },
    });
    records.push({
      recordType: 'trafficking_event',
      record: {
        id: text(`SYN-TE-${pad(i, 4)}`),
        personId: id,
        purposes: plant?.purposes ?? [next() < 0.6 ? 'SEXUAL_EXPLOITATION' : 'FORCED_LABOUR'],
        meansOfControl: [pick(['FALSE_PROMISES', 'DEBT_BONDAGE', 'RESTRICTS_MOVEMENT'])],
        ...(destination === 'VN'
          ? { domestic: true }
          : { destinationCountry: destination, domestic: false }),
        startDate: start,
      },
    });
    records.push({
      recordType: 'process_event',
      record: {
        id: text(`SYN-PE-R-${pad(i, 4)}`),
        personId: id,
        type: 'RECEIPT',
        date: received,
        agency: agency('COMMUNE_PC', province, i, 'tiếp nhận'),
        location: district(province, home, i),
      },
    });
    if (plant || next() < 0.4) {
      const exit = `2024-${pad(month)}-28`;
      dates.push(exit);
      records.push({
        recordType: 'process_event',
        record: {
          id: text(`SYN-PE-S-${pad(i, 4)}`),
          personId: id,
          type: 'SHELTER',
          date: received,
          agency: agency('DOLISA', province, i, 'bảo trợ'),
          shelter: {
            facility: {
              type: plant ? 'VICTIM_SUPPORT_FACILITY' : 'SOCIAL_ASSISTANCE_FACILITY',
              unit: district(province, home, i),
              name: text(`Cơ sở Thử Nghiệm ${pad(i, 4)}`),
            },
            entryDate: received,
            exitDate: exit,
            extensionDecision: {
              number: text(`SYN-EXT-${pad(i, 4)}/QĐ`),
              date: exit,
              issuer: agency('DOLISA', province, i, 'gia hạn'),
            },
          },
          lawVersion: '2011',
        },
      });
    }
    if (plant || next() < 0.3)
      records.push({
        recordType: 'process_event',
        record: {
          id: text(`SYN-PE-F-${pad(i, 4)}`),
          personId: id,
          type: 'REFERRAL',
          date: supported,
          referral: {
            from: agency('POLICE_PROVINCIAL', province, i, 'chuyển'),
            to: agency('DOLISA', province, i, 'nhận'),
          },
          lawVersion: '2011',
        },
      });
    records.push({
      recordType: 'support_service',
      record: {
        id: text(`SYN-SS-${pad(i, 4)}`),
        personId: id,
        supportType: {
          lawVersion: '2011',
          code: plant
            ? 'INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN'
            : pick(['ESSENTIAL_NEEDS_AND_TRAVEL', 'MEDICAL']),
        },
        status: 'PROVIDED',
        provider: agency('DOLISA', province, i, 'hỗ trợ'),
        date: supported,
        amountVnd: plant?.amountVnd ?? 1_000_000 * (1 + Math.floor(next() * 2)),
        inKind: text(`Ghi chú thử nghiệm SYN-NOTE-${pad(i, 4)}, gọi 09000${pad(i, 5)}`),
      },
    });
    if (plant || province !== '24') {
      dates.push(received);
      records.push({
        recordType: 'inter_province_transfer',
        record: {
          id: text(`SYN-IT-${pad(i, 4)}`),
          personId: id,
          from: provinceUnit('24'),
          to: provinceUnit(province === '24' ? '20' : province),
          date: received,
          escortingAgency: agency('POLICE_PROVINCIAL', '24', i, 'áp giải'),
          handoverMinutes: { number: text(`SYN-BB-${pad(i, 4)}`), date: received },
        },
      });
    }
    persons.push({
      id,
      planted: plant !== undefined,
      sex,
      birthYear,
      province,
      district: home,
      nationality,
      destination,
      dates,
    });
  }
  for (let a = 0; a < 30; a++) {
    const province = pick(['24', '20', '01']);
    records.push({
      recordType: 'prevention_activity',
      record: {
        id: `SYN-PA-${pad(a, 3)}`,
        activityType: pick(['CONTEST', 'INSPECTION', 'CONFERENCE', 'LEAFLET']),
        title: `Hoạt động thử nghiệm ${pad(a, 3)} (dữ liệu tổng hợp)`,
        startDate: `2024-${pad(1 + (a % 12))}-15`,
        location: provinceUnit(province),
        organiser: { type: 'DOLISA', name: `Sở Thử Nghiệm ${province}` },
        activityCount: 1 + (a % 3),
        ...(a % 2 === 0 ? { participants: { total: 40 + a, qualifier: 'EXACT' } } : {}),
      },
    });
  }
  records.push(
    {
      recordType: 'media_outlet',
      record: {
        id: 'SYN-MO-1',
        name: 'Đài thử nghiệm huyện (dữ liệu tổng hợp)',
        level: 'DISTRICT_RADIO',
        channel: 'RADIO',
        unit: { codeListVersion: '124/2004', level: 'district', code: '223', provinceCode: '24' },
      },
    },
    {
      recordType: 'crime_statistic',
      record: {
        id: 'SYN-CS-2024-24',
        period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
        unit: provinceUnit('24'),
        reportingAgency: {
          type: 'POLICE_PROVINCIAL',
          unit: provinceUnit('24'),
          name: 'Công an thử nghiệm',
        },
        offence: 'ART_150',
        scope: 'ALL',
        reportsReceived: 14,
        reportsSettled: 13,
        casesDetected: 5,
        casesInitiated: 4,
        victimsInCases: 3,
      },
    },
  );
  return { records, persons, canaries: [...canaries] };
}

/**
 * A small population around the 2025 merger of provinces: victims identified by the police of Bắc Giang (124/2004
 * code 24), of Bắc Ninh (27, merged with Bắc Giang into the new Bắc Ninh, 19/2025 code 24) and of Lạng Sơn (20,
 * unchanged). Bắc Ninh's two victims, a man and a woman, are what an export listing the old Bắc Giang and the new Bắc
 * Ninh must not give away.
 */
export function mergedProvincePopulation(): ExportRecord[] {
  const groups = [
    { province: '24', count: 40, men: 11 },
    { province: '27', count: 2, men: 1 },
    { province: '20', count: 30, men: 15 },
  ];
  const records: ExportRecord[] = [];
  for (const { province, count, men } of groups)
    for (let i = 0; i < count; i++) {
      const id = `SYN-MP-${province}-${pad(i, 3)}`;
      records.push(
        {
          recordType: 'person',
          record: {
            id,
            category: 'VICTIM',
            sex: i < men ? 'MALE' : 'FEMALE',
            birthYear: 1995 + (i % 8),
            nationality: 'VN',
          },
        },
        {
          recordType: 'status_decision',
          record: {
            id: `${id}-SD`,
            personId: id,
            status: 'IDENTIFIED_VICTIM',
            decidingAgency: {
              type: 'POLICE_PROVINCIAL',
              unit: { codeListVersion: '124/2004', level: 'province', code: province },
            },
            date: `2024-${pad(1 + (i % 12))}-10`,
            lawVersion: '2011',
            evidenceTypes: ['PROCEDURAL_AGENCY'],
          },
        },
      );
    }
  return records;
}

/**
 * Aggregate victim-support lines (victim_support_aggregate) of two synthetic communes of Bắc Giang in 2024: a total
 * and lines by sex and by age band, several of them counting one or two persons, what a public export must not show.
 */
export function supportAggregatePopulation(): ExportRecord[] {
  const communes = [
    { code: '07210', total: 3, female: 2, male: 1, under16: 1 },
    { code: '07243', total: 14, female: 12, male: 2, under16: 0 },
  ];
  const province = { codeListVersion: '124/2004', level: 'province', code: '24' };
  const records: ExportRecord[] = [];
  for (const c of communes) {
    const unit = {
      codeListVersion: '124/2004',
      level: 'commune',
      code: c.code,
      provinceCode: '24',
    };
    const line = (suffix: string, persons: number, split: Record<string, string> = {}) =>
      records.push({
        recordType: 'victim_support_aggregate',
        record: {
          id: `SYN-VSA-${c.code}-${suffix}`,
          period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
          unit,
          reportingAgency: { type: 'DOLISA', unit: province, name: 'Sở thử nghiệm' },
          ...split,
          persons,
        },
      });
    line('T', c.total);
    line('F', c.female, { sex: 'FEMALE' });
    line('M', c.male, { sex: 'MALE' });
    line('U16', c.under16, { ageBand: 'UNDER_16' });
  }
  return records;
}
