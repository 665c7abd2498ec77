// The SDK without the CLI: validate the example package, compute the indicators against the national targets, and
// write them as an SDMX-CSV file (statistical profile: aggregates only, small cells protected). Public entry points only.
// Usage: node examples/sdk-node/validate-and-report.mjs [package-folder] [out-folder]
import { rm } from 'node:fs/promises';
import { exportRecords } from '@vntip/core';
import { createFolderSink } from '@vntip/exporters/node';
import { INDICATOR_RESULT_RECORD_TYPE, sdmxCsvExporter } from '@vntip/exporters/sdmx';
import { builtinIndicators, computeIndicators } from '@vntip/indicators';
import { createDeidentifier } from '@vntip/privacy';
import { readPackageFolder } from '@vntip/read/node';
import { NATIONAL_TARGETS } from '@vntip/schema';
import { builtinRules, validate } from '@vntip/validate';

const folder = process.argv[2] ?? 'examples/bac-giang-2024';
const out = process.argv[3] ?? 'out/sdk-node';

const result = await validate(readPackageFolder(folder, { locale: 'en' }), {
  locale: 'en',
  rules: builtinRules,
});
for (const group of result.summary) {
  console.error(`[${group.severity}] ${group.code} × ${group.count}: ${group.message}`);
}
if (!result.ok) {
  console.error(`${folder}: ${result.issueCounts.error} error(s); nothing computed.`);
  process.exit(1);
}

const { period } = result.descriptor;
const rows = await computeIndicators(result.records, {
  indicators: builtinIndicators,
  period: { start: period.start, end: period.end },
  targets: NATIONAL_TARGETS,
  locale: 'en',
});

await rm(out, { recursive: true, force: true });
const exported = await exportRecords(
  rows.map((row) => ({ recordType: INDICATOR_RESULT_RECORD_TYPE, record: row })),
  {
    exporter: sdmxCsvExporter,
    sink: createFolderSink(out),
    profile: 'statistical',
    deidentify: createDeidentifier(),
    locale: 'en',
  },
);
console.log(`${rows.length} indicator values from ${result.records.length} records.`);
console.log(`Wrote ${exported.files.map((file) => `${out}/${file}`).join(', ')}.`);
console.log(exported.riskReport.summary.en);
