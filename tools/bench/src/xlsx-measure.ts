// One XLSX measurement in its own process: VN-TIP's exporter or importer, or exceljs's streaming writer or reader on
// the same cells. Usage: tsx xlsx-measure.ts <vntip-export|exceljs-write|vntip-import|exceljs-read> <file> <rows>
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { exportRecords, importRecords } from '@vntip/core';
import { createFolderSink } from '../../../packages/exporters/src/node.ts';
import { xlsxExporter, xlsxImporter } from '../../../packages/exporters/src/xlsx.ts';
import { benchRecord, RECORD_TYPE, rawCells } from './xlsx-records.ts';

const [mode = '', file = '', rowsArg = '100000'] = process.argv.slice(2);
const rows = Number(rowsArg);
/** The parts of exceljs's streaming API measured here. */
interface StreamingExcel {
  stream: {
    xlsx: {
      WorkbookWriter: new (
        options: object,
      ) => {
        addWorksheet(name: string): {
          addRow(values: unknown[]): { commit(): void };
          commit(): void;
        };
        commit(): Promise<void>;
      };
      WorkbookReader: new (
        file: string,
        options: object,
      ) => AsyncIterable<AsyncIterable<{ eachCell(callback: () => void): void }>>;
    };
  };
}

// exceljs is a dependency of @vntip/exporters: load the very copy the exporter uses, before the clock starts, and only
// in the modes that call it, so that the VN-TIP sides are measured with what they load themselves.
const excel = mode.startsWith('exceljs')
  ? (createRequire(join(import.meta.dirname, '../../../packages/exporters/package.json'))(
      'exceljs',
    ) as StreamingExcel)
  : undefined;
const loadExcel = (): StreamingExcel => {
  if (!excel) throw new Error(`exceljs is not loaded in mode ${mode}`);
  return excel;
};

function* records() {
  for (let i = 0; i < rows; i++) yield { recordType: RECORD_TYPE, record: benchRecord(i) };
}

async function vntipExport(): Promise<Record<string, number>> {
  const sink = createFolderSink(dirname(file), { overwrite: true });
  const result = await exportRecords(records(), {
    exporter: xlsxExporter,
    sink,
    profile: 'internal',
  });
  return { records: result.records };
}

async function exceljsWrite(): Promise<Record<string, number>> {
  const book = new (loadExcel().stream.xlsx.WorkbookWriter)({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet(RECORD_TYPE);
  let count = 0;
  for (const { record } of records()) {
    sheet.addRow(rawCells(record)).commit();
    count++;
  }
  sheet.commit();
  await book.commit();
  return { records: count };
}

async function vntipImport(): Promise<Record<string, number>> {
  let count = 0;
  let issues = 0;
  const bytes = (async function* () {
    for await (const chunk of createReadStream(file)) yield chunk as Uint8Array;
  })();
  for await (const chunk of importRecords([{ name: basename(file), bytes }], {
    importer: xlsxImporter,
  })) {
    for (const event of Array.isArray(chunk) ? chunk : [chunk]) {
      if (event.kind === 'record') count++;
      else if (event.kind === 'issue') issues++;
    }
  }
  return { records: count, issues };
}

async function exceljsRead(): Promise<Record<string, number>> {
  const reader = new (loadExcel().stream.xlsx.WorkbookReader)(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  let count = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      count++;
      row.eachCell(() => {
        cells++;
      });
    }
  }
  return { rows: count, cells };
}

const modes: Record<string, () => Promise<Record<string, number>>> = {
  'vntip-export': vntipExport,
  'exceljs-write': exceljsWrite,
  'vntip-import': vntipImport,
  'exceljs-read': exceljsRead,
};
const run = modes[mode];
if (!run) throw new Error(`Unknown mode ${mode}; use ${Object.keys(modes).join(', ')}.`);
const start = process.hrtime.bigint();
const counts = await run();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, peakRssMiB, ...counts })}\n`);
