// Structurally valid sample records for the conformance kit, copied from schemas/examples/valid (made-up data:
// no real people). Each covers nested objects, arrays of codes or objects, numbers, booleans and dates.
import type { ExportRecord } from '../export-records';

/** Sample records of several types, valid against the standard; the default input of `exporterConformance`. */
export const SAMPLE_RECORDS: readonly ExportRecord[] = [
  {
    recordType: 'person',
    record: {
      id: 'P-0001',
      category: 'VICTIM',
      sex: 'FEMALE',
      birthYear: 2001,
      ethnicity: {
        codeSystem: 'VN-GSO-121-1979',
        code: '01',
      },
      nationality: 'VN',
      residence: {
        codeListVersion: '124/2004',
        level: 'district',
        code: '223',
        provinceCode: '24',
        name: 'Hiệp Hòa',
      },
    },
  },
  {
    recordType: 'person',
    record: {
      id: 'P-0005',
      category: 'ACCOMPANYING_CHILD',
      sex: 'MALE',
      ageBand: 'AGE_0_8',
      nationality: 'VN',
      residence: {
        codeListVersion: '19/2025',
        level: 'province',
        code: '24',
        name: 'Bắc Ninh',
      },
      accompaniesPersonId: 'P-0003',
    },
  },
  {
    recordType: 'prevention_activity',
    record: {
      id: 'PA-2024-004',
      activityType: 'CONFERENCE',
      startDate: '2024-07-01',
      endDate: '2024-07-31',
      location: {
        codeListVersion: '124/2004',
        level: 'province',
        code: '24',
        name: 'Bắc Giang',
      },
      organiser: {
        type: 'DOLISA',
        unit: {
          codeListVersion: '124/2004',
          level: 'province',
          code: '24',
          name: 'Bắc Giang',
        },
        name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang',
      },
      coOrganisers: [
        {
          type: 'POLICE_PROVINCIAL',
          unit: {
            codeListVersion: '124/2004',
            level: 'province',
            code: '24',
            name: 'Bắc Giang',
          },
          name: 'Công an tỉnh Bắc Giang',
        },
      ],
      campaign: 'NATIONAL_DAY_30_7',
      activityCount: 30,
      participants: {
        total: 10000,
        qualifier: 'MORE_THAN',
        female: 5200,
        male: 4800,
        ethnicMinority: 900,
        byAgeBand: [
          {
            ageBand: 'ADULT_18_PLUS',
            count: 9500,
          },
        ],
        byTargetGroup: [
          {
            targetGroup: 'STUDENTS',
            count: 1200,
          },
        ],
      },
      funding: [
        {
          source: 'STATE_BUDGET_PROVINCIAL',
          amountVnd: 150000000,
        },
      ],
    },
  },
  {
    recordType: 'support_service',
    record: {
      id: 'SS-0003',
      personId: 'P-0003',
      supportType: {
        lawVersion: '2024',
        code: 'ESSENTIAL_NEEDS',
      },
      status: 'PROVIDED',
      provider: {
        type: 'SOCIAL_ASSISTANCE_FACILITY',
        unit: {
          codeListVersion: '19/2025',
          level: 'province',
          code: '24',
          name: 'Bắc Ninh',
        },
      },
      date: '2025-08-13',
      fundingSource: 'STATE_BUDGET_PROVINCIAL',
      shelterDays: 141,
      healthInsuranceFirstYear: true,
    },
  },
  {
    recordType: 'process_event',
    record: {
      id: 'PE-0004',
      personId: 'P-0003',
      type: 'REFERRAL',
      date: '2025-08-13',
      referral: {
        from: {
          type: 'POLICE_PROVINCIAL',
          unit: {
            codeListVersion: '19/2025',
            level: 'province',
            code: '24',
            name: 'Bắc Ninh',
          },
          name: 'Công an tỉnh Bắc Ninh',
        },
        to: {
          type: 'PROVINCIAL_HEALTH_DEPT',
          unit: {
            codeListVersion: '19/2025',
            level: 'province',
            code: '24',
            name: 'Bắc Ninh',
          },
          name: 'Sở Y tế tỉnh Bắc Ninh',
        },
      },
      lawVersion: '2024',
    },
  },
  {
    recordType: 'trafficking_event',
    record: {
      id: 'TE-0001',
      personId: 'P-0001',
      purposes: ['FORCED_LABOUR', 'SCAM_COMPOUND_LABOUR'],
      meansOfControl: ['FALSE_PROMISES', 'RESTRICTS_MOVEMENT', 'WITHHOLDS_DOCUMENTS'],
      recruiterRelation: 'OTHER_ACQUAINTANCE',
      recruitmentMethod: 'EASY_JOB_HIGH_PAY',
      destinationCountry: 'KH',
      domestic: false,
      monthsAway: 3.5,
      startDate: '2024-01-10',
      endDate: '2024-04-25',
    },
  },
];
