// `pnpm api:report` writes etc/<package>/<entry>.api.md: API Extractor's report of what each public entry point
// declares, read from the built dist/*.d.ts. `pnpm api:check` (--check) writes nothing and fails when a report
// differs, so every change to the public API shows in the diff a reviewer reads. Needs `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  type ExtractorMessage,
  ExtractorMessageCategory,
} from '@microsoft/api-extractor';
import {
  type EntryPoint,
  type PublishedPackage,
  readPublishedPackages,
  reportName,
  shortName,
} from './published-packages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const etc = join(root, 'etc');
const check = process.argv.includes('--check');
const temp = mkdtempSync(join(tmpdir(), 'vntip-api-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));

const errors: string[] = [];
const changed: { readonly report: string; readonly fresh: string }[] = [];
const written = new Set<string>();

for (const pkg of readPublishedPackages(root)) {
  const entries = pkg.entryPoints.filter((entry) => entry.types !== undefined);
  const configs = entries.map((entry) => prepare(pkg, entry));
  const first = configs[0];
  if (!first) continue;
  // One TypeScript program per package, shared by its entry points.
  const compilerState = CompilerState.create(first, {
    additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath),
  });
  for (const config of configs) {
    if (!existsSync(config.mainEntryPointFilePath)) {
      errors.push(
        `${relative(root, config.mainEntryPointFilePath)} is missing: run \`pnpm build\`.`,
      );
      continue;
    }
    const result = Extractor.invoke(config, {
      localBuild: !check,
      compilerState,
      messageCallback: (message: ExtractorMessage) => {
        message.handled = true;
        const serious =
          message.logLevel === ExtractorLogLevel.Error ||
          message.logLevel === ExtractorLogLevel.Warning;
        if (serious && message.category !== ExtractorMessageCategory.Console)
          errors.push(`${pkg.name}: ${message.formatMessageWithLocation(root)}`);
      },
    });
    const report = config.reportConfigs[0]?.fileName ?? '';
    written.add(join(config.reportFolder, report));
    if (result.apiReportChanged)
      changed.push({
        report: join(config.reportFolder, report),
        fresh: join(config.reportTempFolder, report),
      });
  }
}

const stale = listReports(etc).filter((file) => !written.has(file));
if (!check) for (const file of stale) rmSync(file);

if (errors.length > 0) {
  process.stderr.write(`API Extractor found problems in the declarations:\n${errors.join('\n')}\n`);
  process.exit(1);
}
if (check && (changed.length > 0 || stale.length > 0)) {
  const list = [
    ...changed.map(({ report }) => relative(root, report)),
    ...stale.map((file) => `${relative(root, file)} (its entry point is gone)`),
  ];
  process.stderr.write(
    `The public API differs from its report in etc/:\n  ${list.join('\n  ')}\n` +
      'If the change is meant, run `pnpm build && pnpm api:report` and commit etc/ with it, so reviewers see it; ' +
      'otherwise undo the change to the exports.\n',
  );
  for (const { report, fresh } of changed) printDiff(report, fresh);
  process.exit(1);
}
process.stdout.write(
  check
    ? `API reports: ${written.size} entry points match etc/.\n`
    : `API reports: wrote ${written.size} files in etc/${changed.length > 0 ? `, ${changed.length} changed` : ''}${stale.length > 0 ? `, removed ${stale.length}` : ''}.\n`,
);

/** The API Extractor configuration of one entry point: its report, no doc model, no rollup. */
function prepare(pkg: PublishedPackage, entry: EntryPoint): ExtractorConfig {
  const reportFolder = join(etc, shortName(pkg));
  const reportTempFolder = join(temp, shortName(pkg));
  mkdirSync(reportFolder, { recursive: true });
  mkdirSync(reportTempFolder, { recursive: true });
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: pkg.dir,
      mainEntryPointFilePath: join(pkg.dir, entry.types ?? ''),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            types: ['node'],
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: reportName(entry),
        reportFolder,
        reportTempFolder,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
        // A type the API uses but does not export is noted in the report itself, where review sees it.
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.None },
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(pkg.dir, 'package.json'),
  });
}

function listReports(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.api.md'))
    .map((file) => join(dir, file));
}

function printDiff(report: string, fresh: string): void {
  const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--', report, fresh], {
    encoding: 'utf8',
  });
  const lines = diff.stdout.split('\n');
  process.stderr.write(`${lines.slice(0, 120).join('\n')}\n`);
  if (lines.length > 120) process.stderr.write(`… ${lines.length - 120} more lines\n`);
}
