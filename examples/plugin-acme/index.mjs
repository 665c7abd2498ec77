// A third-party VN-TIP plugin in plain JavaScript: one exporter and one rule, loaded through vntip.config.json.
// A published plugin imports `definePlugin`, `defineRule` and `defineExporter` from @vntip/core (a peer dependency);
// they are identity functions, so this example, which installs nothing, declares them itself.
const definePlugin = (plugin) => plugin;
const defineRule = (rule) => rule;
const defineExporter = (exporter) => exporter;

/**
 * The plugin factory: vntip calls it with the options of the config entry `["./index.mjs", { … }]`.
 * @param {{ separator?: string }} [options]
 */
export default function acmePlugin(options = {}) {
  const separator = options.separator ?? '\t';

  // Warns about victims recorded without a birth year: age breakdowns then fall into "unknown".
  const victimBirthYear = defineRule({
    meta: {
      id: 'acme/victim-birth-year',
      version: '1',
      recordTypes: ['person'],
      title: { vi: 'Nạn nhân có năm sinh', en: 'Victims have a birth year' },
      description: {
        vi: 'Cảnh báo khi người là nạn nhân không có năm sinh, vì khi đó không phân tổ được theo tuổi.',
        en: 'Warns when a victim has no birth year, since age breakdowns then cannot place them.',
      },
    },
    messages: {
      acme_victim_birth_year_missing: {
        severity: 'warning',
        message: {
          vi: 'Nạn nhân {id} không có năm sinh.',
          en: 'The victim {id} has no birth year.',
        },
        hint: {
          vi: 'Ghi năm sinh (birthYear) nếu biết; nếu không, để trống là đúng.',
          en: 'Record the birth year (birthYear) when known; leave it out otherwise.',
        },
      },
    },
    create: (ctx) => ({
      record(entry) {
        const { record } = entry;
        if (record.category === 'VICTIM' && record.birthYear === undefined) {
          ctx.report({
            code: 'acme_victim_birth_year_missing',
            entry,
            path: ['birthYear'],
            params: { id: record.id },
          });
        }
      },
    }),
  });

  // Writes one line per record: its type and id (a pseudonym under the referral profile).
  const idList = defineExporter({
    meta: {
      id: 'acme/id-list',
      version: '1',
      mediaType: 'text/tab-separated-values',
      extensions: ['tsv'],
      profiles: ['internal', 'referral'],
      title: { vi: 'Danh sách mã bản ghi', en: 'List of record ids' },
      description: {
        vi: 'Một dòng cho mỗi bản ghi: loại bản ghi và mã.',
        en: 'One line per record: its record type and id.',
      },
    },
    async create(ctx) {
      const file = await ctx.sink.open('ids.tsv', { mediaType: 'text/tab-separated-values' });
      await file.write(`recordType${separator}id\n`);
      return {
        record: (entry) => file.write(`${entry.recordType}${separator}${entry.record.id ?? ''}\n`),
        end: () => file.close(),
      };
    },
  });

  return definePlugin({
    meta: { name: 'vntip-plugin-acme', version: '0.1.0', namespace: 'acme' },
    rules: { 'acme/victim-birth-year': victimBirthYear },
    exporters: { 'acme/id-list': idList },
  });
}
