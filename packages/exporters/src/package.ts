// The exchange package: one zip holding `data/<recordType>.json` resources (canonical JSON, split into numbered
// resources past a size limit so the zip streams) and, last, `datapackage.json` with each resource's size and SHA-256.
import { createHash } from 'node:crypto';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import {
  defineExporter,
  defineImporter,
  PRIVACY_PROFILES,
  type Sink,
  type SinkTarget,
} from '@vntip/core';
import { readPackageZip } from '@vntip/read';
import {
  CODELISTS_VERSION,
  type ExchangePackage,
  RECORD_TYPE_SCHEMA_FILES,
  SCHEMA_BASE_URL,
  STANDARD_VERSION,
} from '@vntip/schema';
import { validateDescriptor } from '@vntip/validate';
import { Zip, ZipDeflate } from 'fflate';
import { canonicalJson } from './canonical-json';
import { jsonArrayText } from './internal/json-array';
import { DESCRIPTOR_FILE } from './internal/package-zip';

const MEDIA_TYPE = 'application/zip';

/** What the exporter and the importer of this format share. */
const META = {
  id: 'package',
  version: '1',
  mediaType: MEDIA_TYPE,
  extensions: ['zip'],
} as const;
const RESOURCE_MEDIA_TYPE = 'application/json';
/** Default largest resource, in bytes, before a record type continues in its next resource. */
const DEFAULT_RESOURCE_BYTES = 1024 * 1024;
/** Every entry's modification time: a local-time date, so the DOS fields are the same in every time zone. */
const ENTRY_MTIME = new Date(2000, 0, 1);
/** The day the 2024 law takes effect. */
const LAW_2024_FROM = '2025-07-01';
const ADMIN_UNIT_LISTS = ['124/2004', '19/2025'] as const;
const ETHNICITY_LISTS = ['VN-GSO-121-1979', 'VN-GSO-1019-2008'] as const;

type AdminUnitList = (typeof ADMIN_UNIT_LISTS)[number];
type EthnicityList = (typeof ETHNICITY_LISTS)[number];

/** Options of the package exporter: the descriptor fields the user states. */
export interface PackageExporterOptions {
  /** Machine name, also the zip's file name: `<name>.zip`. */
  readonly name: string;
  /** When the package was made, ISO 8601 with a time zone; required so that the same input gives the same bytes. */
  readonly created: string;
  readonly publisher: ExchangePackage['publisher'];
  readonly period: ExchangePackage['period'];
  readonly title?: string;
  readonly description?: string;
  readonly version?: string;
  /** @default '2024' when the period ends on or after 1 July 2025, else '2011' */
  readonly lawVersion?: ExchangePackage['lawVersion'];
  readonly extensions?: ExchangePackage['extensions'];
  readonly licenses?: ExchangePackage['licenses'];
  readonly sources?: ExchangePackage['sources'];
  /** Largest resource file in bytes; past it, a record type continues in `data/<recordType>-<n>.json`. @default 1 MiB */
  readonly resourceBytes?: number;
}

/**
 * Exports records as an exchange package: `<name>.zip` with `data/<recordType>.json` resources (canonical JSON, the
 * bytes of the `json` exporter) and `datapackage.json` last, holding the standard, law and code-list versions and each
 * resource's `bytes` and `hash`. A record type whose records pass `resourceBytes` continues in
 * `data/<recordType>-2.json`, `-3`, …, so memory stays bounded and the zip streams; records of a type keep input order
 * across its resources. Empty input writes no file: a package needs at least one resource.
 * @example
 * await exportRecords(records, { exporter: packageExporter, options: { name: 'bac-giang-2024', created: '2025-01-15T09:30:00+07:00', publisher, period }, sink, profile: 'internal' });
 */
export const packageExporter = defineExporter<PackageExporterOptions>({
  meta: {
    ...META,
    profiles: PRIVACY_PROFILES,
    title: { vi: 'Gói dữ liệu trao đổi', en: 'Exchange package' },
    description: {
      vi: 'Tệp .zip theo chuẩn Frictionless: datapackage.json và mỗi loại bản ghi một tệp JSON chuẩn tắc, kèm kích thước và mã băm SHA-256.',
      en: 'A Frictionless .zip: datapackage.json and one canonical JSON file per record type, each with its size and SHA-256 hash.',
    },
  },
  options: packageOptionsSchema(),
  create(ctx) {
    const options = ctx.options;
    const limit = options.resourceBytes ?? DEFAULT_RESOURCE_BYTES;
    const writer = new ZipWriter(ctx.sink, `${options.name}.zip`);
    const buffers = new Map<string, { lines: string[]; bytes: number; written: number }>();
    const resources: PackageResource[] = [];
    const lists = { adminUnits: new Set<AdminUnitList>(), ethnicity: new Set<EthnicityList>() };
    collectLists(options.publisher, lists);

    const flush = async (recordType: string) => {
      const buffer = buffers.get(recordType);
      if (!buffer || buffer.lines.length === 0) return;
      buffer.written++;
      const name = buffer.written === 1 ? recordType : `${recordType}-${buffer.written}`;
      const path = `data/${name}.json`;
      const bytes = new TextEncoder().encode(jsonArrayText(buffer.lines));
      buffer.lines = [];
      buffer.bytes = 0;
      resources.push(resourceOf(name, path, recordType, bytes));
      await writer.add(path, bytes);
    };

    return {
      async record(entry) {
        collectLists(entry.record, lists);
        const line = canonicalJson(entry.record);
        const size = Buffer.byteLength(line) + 2;
        let buffer = buffers.get(entry.recordType);
        if (!buffer) {
          buffer = { lines: [], bytes: 0, written: 0 };
          buffers.set(entry.recordType, buffer);
        }
        if (buffer.lines.length > 0 && buffer.bytes + size > limit) await flush(entry.recordType);
        buffer.lines.push(line);
        buffer.bytes += size;
      },
      async end() {
        for (const recordType of buffers.keys()) await flush(recordType);
        if (resources.length === 0) return;
        const deidentification = {
          profile: ctx.profile,
          ...(ctx.keyId ? { keyId: ctx.keyId } : {}),
        };
        const descriptor = buildDescriptor(options, resources, lists, deidentification);
        await writer.add(DESCRIPTOR_FILE, new TextEncoder().encode(descriptorText(descriptor)));
        await writer.end();
      },
    };
  },
});

/**
 * Imports exchange-package zips with `readPackageZip` from `@vntip/read`: the descriptor, then the records of
 * each resource, checking every declared size and hash. A `datapackage.json.sig` signature is expected, not reported
 * as an unlisted file; check it with `verifyPackage` from `@vntip/exporters/signing`.
 * @example
 * for await (const chunk of importRecords([{ name: 'bac-giang-2024.zip', bytes }], { importer: packageImporter })) …
 */
export const packageImporter = defineImporter({
  meta: {
    ...META,
    title: { vi: 'Gói dữ liệu trao đổi', en: 'Exchange package' },
    description: {
      vi: 'Đọc gói .zip: datapackage.json rồi các tệp dữ liệu được khai báo, kiểm tra kích thước và mã băm.',
      en: 'Reads a .zip package: datapackage.json, then the data files it lists, checking sizes and hashes.',
    },
  },
  async *read(files, ctx) {
    for (const file of files) {
      yield* readPackageZip(file, { locale: ctx.locale });
    }
  },
});

// --- Internal helpers ---

type PackageResource = ExchangePackage['resources'][number];

/** Streams zip entries to one sink file: each entry whole (a resource is bounded), deflated, in the order added. */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });
  private target: Promise<SinkTarget> | undefined;

  constructor(
    private readonly sink: Sink,
    private readonly path: string,
  ) {}

  async add(path: string, bytes: Uint8Array): Promise<void> {
    const file = new ZipDeflate(path, { level: 6 });
    file.mtime = ENTRY_MTIME;
    this.zip.add(file);
    file.push(bytes, true);
    await this.drain();
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.drain();
    await (await this.open()).close();
  }

  private open() {
    this.target ??= Promise.resolve(this.sink.open(this.path, { mediaType: MEDIA_TYPE }));
    return this.target;
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    const target = await this.open();
    for (const chunk of this.chunks.splice(0)) await target.write(chunk);
  }
}

function resourceOf(
  name: string,
  path: string,
  recordType: string,
  bytes: Uint8Array,
): PackageResource {
  const schemaFile = (RECORD_TYPE_SCHEMA_FILES as Readonly<Record<string, string>>)[recordType];
  return {
    name,
    path,
    recordType: recordType as PackageResource['recordType'],
    format: 'json',
    mediatype: RESOURCE_MEDIA_TYPE,
    encoding: 'utf-8',
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    ...(schemaFile ? { jsonSchema: `${SCHEMA_BASE_URL}${schemaFile}` } : {}),
  };
}

function buildDescriptor(
  options: PackageExporterOptions,
  resources: readonly PackageResource[],
  lists: { adminUnits: Set<AdminUnitList>; ethnicity: Set<EthnicityList> },
  deidentification?: ExchangePackage['deidentification'],
): ExchangePackage {
  const adminUnits = ADMIN_UNIT_LISTS.filter((list) => lists.adminUnits.has(list));
  const ethnicity = ETHNICITY_LISTS.filter((list) => lists.ethnicity.has(list));
  return {
    profile: `${SCHEMA_BASE_URL}exchange-package.schema.json`,
    name: options.name,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
    created: options.created,
    publisher: options.publisher,
    period: options.period,
    standardVersion: STANDARD_VERSION,
    lawVersion: options.lawVersion ?? (options.period.end >= LAW_2024_FROM ? '2024' : '2011'),
    codelistVersions: {
      adminUnits: adminUnits as ExchangePackage['codelistVersions']['adminUnits'],
      ...(ethnicity.length > 0
        ? { ethnicity: ethnicity as NonNullable<ExchangePackage['codelistVersions']['ethnicity']> }
        : {}),
      codelists: CODELISTS_VERSION,
    },
    ...(deidentification ? { deidentification } : {}),
    ...(options.extensions?.length ? { extensions: options.extensions } : {}),
    ...(options.licenses?.length ? { licenses: options.licenses } : {}),
    ...(options.sources?.length ? { sources: options.sources } : {}),
    resources: [...resources],
  };
}

/** The descriptor as written: two-space indented JSON in NFC, in the field order above, ended by `\n`. */
function descriptorText(descriptor: ExchangePackage): string {
  return `${JSON.stringify(descriptor, (_key, value) => (typeof value === 'string' ? value.normalize('NFC') : value), 2)}\n`;
}

/** Notes the admin-unit lists (`codeListVersion`) and ethnicity lists (`codeSystem`) a value uses. */
function collectLists(
  value: unknown,
  lists: { adminUnits: Set<AdminUnitList>; ethnicity: Set<EthnicityList> },
): void {
  if (Array.isArray(value)) {
    for (const item of value) collectLists(item, lists);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      if (key === 'codeListVersion' && (ADMIN_UNIT_LISTS as readonly string[]).includes(child)) {
        lists.adminUnits.add(child as AdminUnitList);
      } else if (key === 'codeSystem' && (ETHNICITY_LISTS as readonly string[]).includes(child)) {
        lists.ethnicity.add(child as EthnicityList);
      }
    } else collectLists(child, lists);
  }
}

const OPTION_KEYS = new Set([
  'name',
  'created',
  'publisher',
  'period',
  'title',
  'description',
  'version',
  'lawVersion',
  'extensions',
  'licenses',
  'sources',
  'resourceBytes',
]);

/**
 * The options schema: unknown keys are refused, `resourceBytes` is a whole number of at least 1024, and every
 * descriptor field is checked by the exchange-package schema itself (`validateDescriptor`) on a trial descriptor.
 */
function packageOptionsSchema(): StandardSchemaV1<unknown, PackageExporterOptions> {
  return {
    '~standard': {
      version: 1,
      vendor: 'vntip',
      validate: (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return {
            issues: [
              { message: 'options must be an object with name, created, publisher and period' },
            ],
          };
        }
        const issues: StandardSchemaV1.Issue[] = [];
        for (const key of Object.keys(value)) {
          if (!OPTION_KEYS.has(key))
            issues.push({ message: `unknown option "${key}"`, path: [key] });
        }
        const options = value as PackageExporterOptions;
        const { resourceBytes } = options;
        if (
          resourceBytes !== undefined &&
          (!Number.isSafeInteger(resourceBytes) || resourceBytes < 1024)
        ) {
          issues.push({
            message: 'resourceBytes must be a whole number of at least 1024',
            path: ['resourceBytes'],
          });
        }
        const { resourceBytes: _, ...fields } = options;
        for (const key of ['name', 'created', 'publisher', 'period'] as const) {
          if (fields[key] === undefined)
            issues.push({ message: `${key} is required`, path: [key] });
        }
        if (issues.length > 0) return { issues };
        const trial = buildDescriptor(
          options,
          [{ name: 'trial', path: 'data/person.json', recordType: 'person', format: 'json' }],
          { adminUnits: new Set(['19/2025']), ethnicity: new Set() },
        );
        const result = validateDescriptor(trial);
        if (result.ok) return { value: options };
        return {
          issues: result.issues.map((issue) => ({
            message: issue.message,
            path: [...issue.path],
          })),
        };
      },
    },
  };
}
