// Options of a made-up package, shared by the package and signing tests.

/** Descriptor options for tests: Bắc Giang, 2024. */
export const PACKAGE_OPTIONS = {
  name: 'bac-giang-2024',
  title: 'Bắc Giang 2024',
  created: '2025-01-15T09:30:00+07:00',
  publisher: {
    unit: { codeListVersion: '124/2004', level: 'province', code: '24', name: 'Bắc Giang' },
    agency: {
      type: 'DOLISA',
      unit: { codeListVersion: '124/2004', level: 'province', code: '24', name: 'Bắc Giang' },
      name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang',
    },
  },
  period: { type: 'YEAR', start: '2024-01-01', end: '2024-12-31' },
};
