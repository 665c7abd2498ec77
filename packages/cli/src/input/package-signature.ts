import { createHash, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createIssue, type Issue } from '@vntip/core';
import {
  type PackageFolderFiles,
  type VerificationReport,
  verifyPackage,
  verifyPackageFolder,
} from '@vntip/exporters/signing';
import type { Locale } from '@vntip/schema';

/** How signatures are checked when packages are read. */
export interface SignaturePolicy {
  /** Trusted public keys: `--public-key` files and the config's `trustedKeys`. */
  readonly keys: readonly KeyObject[];
  /** `--require-signature`: an input that carries no valid signature is an error. */
  readonly require: boolean;
}

/** No trusted key, nothing required: signatures present are still checked for integrity and their key reported. */
export const NO_SIGNATURE_POLICY: SignaturePolicy = { keys: [], require: false };

const SIGNATURE_FILE = 'datapackage.json.sig';

/**
 * The signature issues of one input, checked before its data is read: a package zip or folder carrying
 * `datapackage.json.sig` is verified with the trusted keys. Anything wrong (a changed file, a signature that does not
 * hold, a stale signature) is an error, said as such whether or not a trusted key was given; a signature by a key not
 * among the trusted ones (or with no trusted key given) is a warning saying so (`signature_unknown_key`), never a
 * wrong key; a version 1 signature is a deprecation warning. Without a signature nothing is said,
 * unless `require` makes it a `signature_missing` error (a file that is not a package cannot carry one); `require` also
 * makes an unknown key an error.
 */
export async function signatureIssues(
  path: string,
  kind: 'zip' | 'folder' | 'file',
  name: string,
  policy: SignaturePolicy,
  locale: Locale,
): Promise<Issue[]> {
  const location = { file: name };
  const missing = () =>
    policy.require ? [createIssue({ code: 'signature_missing', location }, locale)] : [];
  let report: VerificationReport;
  if (kind === 'zip') {
    report = verifyPackage(new Uint8Array(await readFile(path)), policy.keys);
    const codes = report.problems.map((problem) => problem.code);
    // Not signed, or a zip the zip reader refuses (the validator reads it with the same reader and reports why).
    if (
      codes.includes('signature_missing') ||
      codes.some((code) => code === 'package_unreadable' || code.startsWith('archive_'))
    )
      return missing();
  } else if (kind === 'folder') {
    const folder = await folderFiles(path);
    if (!folder) return missing();
    report = verifyPackageFolder(folder.signature, folder, policy.keys);
    if (!folder.signature) return missing();
  } else {
    return missing();
  }
  const issues: Issue[] = [];
  for (const problem of report.problems) {
    if (problem.code === 'signature_wrong_key' || problem.code === 'signature_unknown_key') {
      // No trusted key names this signature (or none was given): it is unchecked, a warning, and any file that no
      // longer matches is said beside it as tampered. With --require-signature an unchecked signature is as good as
      // none: the same issue, an error.
      issues.push(
        createIssue(
          {
            code: 'signature_unknown_key',
            params: { keyId: report.keyId },
            location,
            ...(policy.require ? { severity: 'error' as const } : {}),
          },
          locale,
        ),
      );
    } else {
      issues.push(
        createIssue(
          {
            code: problem.code,
            params: problem.params,
            location: problem.path ? { file: `${name}/${problem.path}` } : location,
          },
          locale,
        ),
      );
    }
  }
  for (const warning of report.warnings) {
    issues.push(createIssue({ code: warning.code, params: warning.params, location }, locale));
  }
  return issues;
}

/** A package folder's manifest, file hashes and signature bytes; undefined when it has no `datapackage.json`. */
async function folderFiles(
  root: string,
): Promise<(PackageFolderFiles & { signature?: Uint8Array }) | undefined> {
  let manifest: Uint8Array;
  try {
    manifest = new Uint8Array(await readFile(join(root, 'datapackage.json')));
  } catch {
    return undefined;
  }
  const files: Record<string, string> = Object.create(null);
  let signature: Uint8Array | undefined;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (path === SIGNATURE_FILE) signature = new Uint8Array(await readFile(full));
    else files[path] = await fileHash(full);
  }
  return { manifest, files: { ...files }, ...(signature ? { signature } : {}) };
}

/** `sha256:<hex>` of a file, streamed. */
export async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Uint8Array);
  return `sha256:${hash.digest('hex')}`;
}

/** The files of a package folder as `signPackageFolder` takes them. */
export async function packageFolder(root: string): Promise<PackageFolderFiles | undefined> {
  const folder = await folderFiles(root);
  return folder ? { manifest: folder.manifest, files: folder.files } : undefined;
}
