// Signed exchange packages: an Ed25519 signature stored in the zip as `datapackage.json.sig`, over the SHA-256 of
// `datapackage.json` (which holds every resource's hash) and of the whole archive as it was before signing.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { type BilingualText, ISSUE_CODES, renderTemplate, VntipError } from '@vntip/core';
import { ZipError, type ZipErrorCode } from '@vntip/read';
import { canonicalJson } from './canonical-json';
import { duplicateJsonName } from './internal/duplicate-json-name';
import {
  concatBytes,
  DESCRIPTOR_FILE,
  endRecord,
  readZipEntry,
  readZipLayout,
  SIGNATURE_FILE,
  sameBytes,
  sha256Label,
  storedEntry,
  type ZipEntryInfo,
  type ZipLayout,
} from './internal/package-zip';

/** A signing key pair: PEM keys (SPKI public, PKCS #8 private) and the key id. */
export interface SigningKeyPair {
  /** First 16 hex digits of the SHA-256 of the public key's DER (SPKI) bytes. */
  readonly keyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/**
 * The context string every version 2 signature signs first (domain separation): an Ed25519 signature made for a
 * VN-TIP package can never be taken for a signature over anything else the same key signs, nor the other way round.
 * The signed bytes are this string's UTF-8 bytes followed by the canonical JSON of the statement (every field of the
 * signature file except `signature`).
 */
export const SIGNATURE_CONTEXT = 'VN-TIP exchange package signature v2\n';

/** The `format` of a version 2 signature file. */
export const SIGNATURE_FORMAT = 'vntip-package-signature' as const;

/**
 * What `datapackage.json.sig` holds, format version 2: canonical JSON of these fields. Everything but `signature` is
 * signed, after `SIGNATURE_CONTEXT`, so the key id and the signing time cannot be changed without breaking it.
 */
export interface PackageSignature {
  readonly format: typeof SIGNATURE_FORMAT;
  readonly version: 2;
  readonly algorithm: 'Ed25519';
  /** The signer's key id (`signingKeyId`). */
  readonly keyId: string;
  /** When the package was signed, as the signer's clock said: ISO 8601 UTC to the second, e.g. `2025-01-05T08:30:00Z`. */
  readonly signedAt: string;
  /** `sha256:<hex>` of the exact bytes of `datapackage.json`. */
  readonly manifest: string;
  /** A zip package: `sha256:<hex>` of the archive without its signature entry. */
  readonly archive?: string;
  /** A package folder: `sha256:<hex>` of every file in it but the signature, by `/`-separated relative path. */
  readonly files?: Readonly<Record<string, string>>;
  /** Base64 Ed25519 signature of `SIGNATURE_CONTEXT` + the canonical JSON of the other fields. */
  readonly signature: string;
}

/**
 * A signature file of format version 1 (before domain separation): canonical JSON of
 * `{ algorithm, archive, keyId, manifest, signature }`, the signature made over the canonical JSON of the other four.
 * It still verifies, with a `signature_deprecated_format` warning.
 * @deprecated Sign again with `signPackage` to get a version 2 signature.
 */
export interface PackageSignatureV1 {
  readonly algorithm: 'Ed25519';
  readonly keyId: string;
  readonly manifest: string;
  readonly archive: string;
  readonly signature: string;
}

/** Options of `signPackage` and `signPackageFolder`. */
export interface SignOptions {
  /** The signing time to record. @default now */
  readonly signedAt?: Date | string;
}

/** A package folder as `signPackageFolder` and `verifyPackageFolder` see it. */
export interface PackageFolderFiles {
  /** The exact bytes of its `datapackage.json`. */
  readonly manifest: Uint8Array;
  /**
   * `sha256:<hex>` of every regular file in the folder, by `/`-separated path relative to it, `datapackage.json`
   * included and `datapackage.json.sig` left out.
   */
  readonly files: Readonly<Record<string, string>>;
}

/** The stable codes of `verifyPackage` problems; each is an issue code with vi/en messages. */
export type VerificationCode =
  | Exclude<ZipErrorCode, 'invalid_archive'>
  | 'package_archive_altered'
  | 'signature_deprecated_format'
  | 'signature_duplicate_field'
  | 'package_extra_file'
  | 'package_manifest_missing'
  | 'package_manifest_tampered'
  | 'package_resource_missing'
  | 'package_resource_signature_mismatch'
  | 'package_resource_tampered'
  | 'package_unreadable'
  | 'signature_invalid'
  | 'signature_malformed'
  | 'signature_missing'
  | 'signature_unknown_key'
  | 'signature_wrong_key';

/** One reason a package does not verify. */
export interface VerificationProblem {
  readonly code: VerificationCode;
  /** The file inside the package it concerns; empty for the archive as a whole. */
  readonly path: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: BilingualText;
}

/** The result of `verifyPackage` and `verifyPackageFolder`. */
export interface VerificationReport {
  /** True only when the signature is present, made by one of the given keys, and every byte is as signed. */
  readonly valid: boolean;
  /** The key id the signature names, when it could be read. */
  readonly keyId?: string;
  /** The signature file's format version, when it could be read. */
  readonly version?: 1 | 2;
  /** When the package was signed (version 2). */
  readonly signedAt?: string;
  readonly problems: readonly VerificationProblem[];
  /** What holds but should change: a version 1 signature (`signature_deprecated_format`). */
  readonly warnings: readonly VerificationProblem[];
}

/** A PEM string or a `KeyObject`. */
export type KeyInput = string | KeyObject;

/**
 * Generates an Ed25519 key pair for signing packages. Keep the private key secret; give the public key (or its
 * `keyId`, to check you hold the right one) to whoever verifies.
 * @example
 * const { keyId, publicKey, privateKey } = generateSigningKeyPair();
 */
export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * The key id of a public (or private) key: the first 16 hex digits of the SHA-256 of its DER-encoded public key.
 * @example
 * signingKeyId(publicKeyPem) // 'a3f09c2b41d7e655'
 */
export function signingKeyId(key: KeyInput): string {
  return keyIdOf(publicKeyOf(key));
}

/**
 * Signs a package zip written by the `package` exporter (or zipped by hand with `zip -r`: folder entries are ignored)
 * and returns the signed zip: the same bytes with a stored `datapackage.json.sig` entry (format version 2,
 * `PackageSignature`) added after the last file. A package already signed is signed again (the old signature is
 * dropped). Throws `INVALID_ARGUMENT` when the zip is not a readable package or its files do not match its descriptor,
 * so a broken package is never signed.
 * @example
 * const signed = signPackage(zipBytes, privateKey);
 */
export function signPackage(
  zipBytes: Uint8Array,
  privateKey: KeyInput,
  options: SignOptions = {},
): Uint8Array {
  const key = signingPrivateKey(privateKey);
  let unsigned: UnsignedParts;
  try {
    unsigned = unsignedParts(zipBytes, readZipLayout(zipBytes));
  } catch (error) {
    const reason = unreadable(error);
    throw new VntipError(
      'INVALID_ARGUMENT',
      `The package cannot be signed: ${reason.code} ${reason.message.en}`,
      { cause: error },
    );
  }
  const unsignedBytes = concatBytes([unsigned.prefix, unsigned.central, unsigned.end]);
  const unsignedLayout = readZipLayout(unsignedBytes);
  const problems: VerificationProblem[] = [];
  const manifest = checkContents(unsignedLayout, problems);
  if (!manifest || problems.length > 0) {
    throw new VntipError(
      'INVALID_ARGUMENT',
      `The package cannot be signed: ${problems.map((p) => p.message.en).join(' ')}`,
    );
  }
  const statement = {
    format: SIGNATURE_FORMAT,
    version: 2 as const,
    algorithm: 'Ed25519' as const,
    keyId: keyIdOf(createPublicKey(key)),
    signedAt: signingTime(options.signedAt),
    manifest: sha256Label(manifest),
    archive: sha256Label(unsignedBytes),
  };
  return assembleSigned(unsigned, { ...statement, signature: signStatement(statement, key) });
}

/**
 * Signs a package folder: returns the bytes of its `datapackage.json.sig` (format version 2, with `files`, the hash
 * of every file in the folder), to write beside `datapackage.json`. Throws `INVALID_ARGUMENT` when a resource the
 * descriptor lists is missing or does not match its declared hash, so a broken package is never signed.
 * @example
 * const sig = signPackageFolder({ manifest, files: { 'datapackage.json': 'sha256:…', 'data/person.json': 'sha256:…' } }, key);
 */
export function signPackageFolder(
  folder: PackageFolderFiles,
  privateKey: KeyInput,
  options: SignOptions = {},
): Uint8Array {
  const key = signingPrivateKey(privateKey);
  const problems: VerificationProblem[] = [];
  checkFolderContents(folder, problems);
  if (problems.length > 0) {
    throw new VntipError(
      'INVALID_ARGUMENT',
      `The package cannot be signed: ${problems.map((p) => p.message.en).join(' ')}`,
    );
  }
  const files: Record<string, string> = {};
  for (const path of Object.keys(folder.files).sort()) {
    if (path !== SIGNATURE_FILE) files[path] = folder.files[path] as string;
  }
  const statement = {
    format: SIGNATURE_FORMAT,
    version: 2 as const,
    algorithm: 'Ed25519' as const,
    keyId: keyIdOf(createPublicKey(key)),
    signedAt: signingTime(options.signedAt),
    manifest: sha256Label(folder.manifest),
    files,
  };
  const signature: PackageSignature = { ...statement, signature: signStatement(statement, key) };
  return new TextEncoder().encode(`${canonicalJson(signature)}\n`);
}

/**
 * Verifies a signed package zip against one or more trusted public keys (the one whose key id the signature names is
 * used). Never throws on bad input: every problem is reported with a stable code: the signature missing, malformed
 * or naming a field twice (`signature_duplicate_field`), made by a key not given (`signature_wrong_key`), unchecked
 * because no key was given (`signature_unknown_key`), not matching; the manifest changed; a resource changed, missing,
 * or a file not in the manifest; or any other byte of the archive changed. A version 1 signature that holds
 * is valid, with a `signature_deprecated_format` warning.
 * @example
 * const report = verifyPackage(signedBytes, [publicKey]);
 * if (!report.valid) for (const p of report.problems) console.log(p.code, p.path, p.message.vi);
 */
export function verifyPackage(
  zipBytes: Uint8Array,
  publicKeys: KeyInput | readonly KeyInput[],
): VerificationReport {
  const problems: VerificationProblem[] = [];
  const warnings: VerificationProblem[] = [];
  let layout: ZipLayout;
  try {
    layout = readZipLayout(zipBytes);
  } catch (error) {
    problems.push(unreadable(error));
    return { valid: false, problems, warnings };
  }
  const entry = layout.entries.find((candidate) => candidate.name === SIGNATURE_FILE);
  let signature: AnySignature | undefined;
  if (!entry) problems.push(problem('signature_missing', SIGNATURE_FILE, {}));
  else {
    let bytes: Uint8Array | undefined;
    try {
      bytes = readZipEntry(layout, entry);
    } catch (error) {
      problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: messageOf(error) }));
    }
    if (bytes) signature = parseSignature(bytes, problems);
  }
  if (signature && !('archive' in signature && signature.archive)) {
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: 'no archive hash' }));
    signature = undefined;
  }
  const manifest = checkContents(layout, problems);
  if (signature) {
    checkSignature(signature, publicKeys, problems, warnings);
    if (manifest && sha256Label(manifest) !== signature.manifest) {
      problems.push(problem('package_manifest_tampered', DESCRIPTOR_FILE, {}));
    }
    if (problems.length === 0 && !archiveAsSigned(zipBytes, layout, signature)) {
      problems.push(problem('package_archive_altered', '', {}));
    }
  }
  return report(signature, problems, warnings);
}

/**
 * Verifies a package folder's `datapackage.json.sig` (its bytes, or undefined when the folder has none) against one or
 * more trusted public keys: the signature, then every file: the manifest and each file as signed, no file missing
 * and none added: a file whose hash differs from the signature's, though it may match `datapackage.json`, is
 * `package_resource_signature_mismatch`. Never throws on bad input; problems and warnings as in `verifyPackage`.
 * @example
 * const report = verifyPackageFolder(sigBytes, { manifest, files }, publicKey);
 */
export function verifyPackageFolder(
  signatureBytes: Uint8Array | undefined,
  folder: PackageFolderFiles,
  publicKeys: KeyInput | readonly KeyInput[],
): VerificationReport {
  const problems: VerificationProblem[] = [];
  const warnings: VerificationProblem[] = [];
  let signature: AnySignature | undefined;
  if (!signatureBytes) problems.push(problem('signature_missing', SIGNATURE_FILE, {}));
  else signature = parseSignature(signatureBytes, problems);
  if (signature && !('files' in signature && signature.files)) {
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: 'no file hashes' }));
    signature = undefined;
  }
  checkFolderContents(folder, problems);
  if (signature && 'files' in signature && signature.files) {
    checkSignature(signature, publicKeys, problems, warnings);
    if (sha256Label(folder.manifest) !== signature.manifest) {
      problems.push(problem('package_manifest_tampered', DESCRIPTOR_FILE, {}));
    }
    const signedFiles = signature.files;
    const reported = new Set(problems.map((p) => p.path));
    for (const [path, hash] of Object.entries(folder.files)) {
      if (path === SIGNATURE_FILE || reported.has(path)) continue;
      if (!Object.hasOwn(signedFiles, path)) {
        problems.push(problem('package_extra_file', path, { file: path }));
      } else if (signedFiles[path] !== hash && path !== DESCRIPTOR_FILE) {
        problems.push(problem('package_resource_signature_mismatch', path, { file: path }));
      }
    }
    for (const path of Object.keys(signedFiles)) {
      if (!Object.hasOwn(folder.files, path) && !reported.has(path)) {
        problems.push(problem('package_resource_missing', path, { file: path }));
      }
    }
  }
  return report(signature, problems, warnings);
}

// --- Internal helpers ---

/** The archive without its signature: local entries, central-directory records, and a fresh end record. */
interface UnsignedParts {
  readonly prefix: Uint8Array;
  readonly central: Uint8Array;
  readonly count: number;
  readonly end: Uint8Array;
}

/**
 * Splits an archive into its unsigned parts. The signature entry, when present, must be the last local entry and the
 * last central-directory record, as `signPackage` writes it; without one, the directory must follow the last entry.
 */
function unsignedParts(bytes: Uint8Array, layout: ZipLayout): UnsignedParts {
  const entries = layout.entries;
  const last = entries.at(-1);
  const signed = last?.name === SIGNATURE_FILE;
  if (entries.slice(0, signed ? -1 : undefined).some((entry) => entry.name === SIGNATURE_FILE)) {
    throw new Error(`${SIGNATURE_FILE} is not the last entry`);
  }
  const prefixEnd = signed && last ? last.localHeaderOffset : layout.directoryOffset;
  const centralEnd = signed && last ? last.centralOffset : bytes.length - 22;
  if (entries.some((entry) => entry !== last && entry.localHeaderOffset >= prefixEnd)) {
    throw new Error('an entry lies after the signature');
  }
  const prefix = bytes.subarray(0, prefixEnd);
  const central = bytes.subarray(layout.directoryOffset, centralEnd);
  const count = entries.length - (signed ? 1 : 0);
  return { prefix, central, count, end: endRecord(count, central.length, prefix.length) };
}

function assembleSigned(unsigned: UnsignedParts, signature: AnySignature): Uint8Array {
  const content = new TextEncoder().encode(`${canonicalJson(signature)}\n`);
  const entry = storedEntry(SIGNATURE_FILE, content, unsigned.prefix.length);
  const central = concatBytes([unsigned.central, entry.central]);
  return concatBytes([
    unsigned.prefix,
    entry.local,
    central,
    endRecord(unsigned.count + 1, central.length, unsigned.prefix.length + entry.local.length),
  ]);
}

/** True when the archive is exactly what signing makes from the signed archive and this signature. */
function archiveAsSigned(bytes: Uint8Array, layout: ZipLayout, signature: AnySignature): boolean {
  try {
    const unsigned = unsignedParts(bytes, layout);
    const archive = sha256Label(concatBytes([unsigned.prefix, unsigned.central, unsigned.end]));
    return (
      'archive' in signature &&
      archive === signature.archive &&
      sameBytes(assembleSigned(unsigned, signature), bytes)
    );
  } catch {
    return false;
  }
}

/**
 * Files a zip package may hold at its root besides its resources, as the reader allows them: documentation and the risk
 * report. They are not in the manifest, but the archive hash covers them like every other byte.
 */
const DOCUMENTATION = /^((readme|license|licence|changelog)(\.[a-z0-9]+)?|risk-report\.json)$/i;

/** A signature file of either version. */
type AnySignature = PackageSignature | PackageSignatureV1;

/** The signature file's value, or undefined with a `signature_malformed` problem. */
function parseSignature(
  bytes: Uint8Array,
  problems: VerificationProblem[],
): AnySignature | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const value: unknown = JSON.parse(text);
    const field = duplicateJsonName(text);
    if (field !== undefined) {
      problems.push(problem('signature_duplicate_field', SIGNATURE_FILE, { field }));
      return undefined;
    }
    if (isSignatureV2(value) || isSignatureV1(value)) return value;
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: 'unexpected fields' }));
  } catch (error) {
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: messageOf(error) }));
  }
  return undefined;
}

const HASH = /^sha256:[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSignatureValue(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    Buffer.from(value, 'base64').length === 64 &&
    Buffer.from(value, 'base64').toString('base64') === value
  );
}

function isSignatureV2(value: unknown): value is PackageSignature {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).sort().join();
  const body =
    keys === 'algorithm,archive,format,keyId,manifest,signature,signedAt,version'
      ? typeof value.archive === 'string' && HASH.test(value.archive)
      : keys === 'algorithm,files,format,keyId,manifest,signature,signedAt,version'
        ? isRecord(value.files) &&
          Object.values(value.files).every((hash) => typeof hash === 'string' && HASH.test(hash))
        : false;
  return (
    body &&
    value.format === SIGNATURE_FORMAT &&
    value.version === 2 &&
    value.algorithm === 'Ed25519' &&
    typeof value.keyId === 'string' &&
    /^[0-9a-f]{16}$/.test(value.keyId) &&
    typeof value.signedAt === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value.signedAt) &&
    typeof value.manifest === 'string' &&
    HASH.test(value.manifest) &&
    isSignatureValue(value.signature)
  );
}

function isSignatureV1(value: unknown): value is PackageSignatureV1 {
  if (!isRecord(value)) return false;
  return (
    Object.keys(value).sort().join() === 'algorithm,archive,keyId,manifest,signature' &&
    value.algorithm === 'Ed25519' &&
    typeof value.keyId === 'string' &&
    /^[0-9a-f]{16}$/.test(value.keyId) &&
    typeof value.manifest === 'string' &&
    HASH.test(value.manifest) &&
    typeof value.archive === 'string' &&
    HASH.test(value.archive) &&
    isSignatureValue(value.signature)
  );
}

/** The bytes a signature covers: version 2 puts the context string first; version 1 had none. */
function signedBytes(signature: AnySignature): Uint8Array {
  const { signature: _value, ...statement } = signature;
  const json = canonicalJson(statement);
  return new TextEncoder().encode('version' in signature ? `${SIGNATURE_CONTEXT}${json}` : json);
}

function signStatement(statement: Omit<PackageSignature, 'signature'>, key: KeyObject): string {
  return sign(null, signedBytes({ ...statement, signature: '' }), key).toString('base64');
}

/** Checks the signature with the trusted key it names: wrong key, invalid, or (version 1) deprecated. */
function checkSignature(
  signature: AnySignature,
  publicKeys: KeyInput | readonly KeyInput[],
  problems: VerificationProblem[],
  warnings: VerificationProblem[],
): void {
  const keys = (Array.isArray(publicKeys) ? publicKeys : [publicKeys]).map((key: KeyInput) =>
    publicKeyOf(key),
  );
  const key = keys.find((candidate) => keyIdOf(candidate) === signature.keyId);
  if (keys.length === 0) {
    // No key to check it with is no wrong key: the signature is unchecked, whatever the files say.
    problems.push(problem('signature_unknown_key', SIGNATURE_FILE, { keyId: signature.keyId }));
  } else if (!key) {
    problems.push(
      problem('signature_wrong_key', SIGNATURE_FILE, {
        signed: signature.keyId,
        given: keys.map(keyIdOf).join(', ') || '—',
      }),
    );
  } else if (
    !verify(null, signedBytes(signature), key, Buffer.from(signature.signature, 'base64'))
  ) {
    problems.push(problem('signature_invalid', SIGNATURE_FILE, { keyId: signature.keyId }));
  }
  if (!('version' in signature)) {
    warnings.push(problem('signature_deprecated_format', SIGNATURE_FILE, { version: 1 }));
  }
}

function report(
  signature: AnySignature | undefined,
  problems: VerificationProblem[],
  warnings: VerificationProblem[],
): VerificationReport {
  return {
    valid: problems.length === 0,
    ...(signature ? { keyId: signature.keyId } : {}),
    ...(signature ? { version: 'version' in signature ? signature.version : 1 } : {}),
    ...(signature && 'signedAt' in signature ? { signedAt: signature.signedAt } : {}),
    problems,
    warnings,
  };
}

function signingPrivateKey(privateKey: KeyInput): KeyObject {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
    throw new VntipError('INVALID_ARGUMENT', 'Packages are signed with an Ed25519 private key.');
  }
  return key;
}

/** A signing time as ISO 8601 UTC to the second. */
function signingTime(value: Date | string | undefined): string {
  const date = value === undefined ? new Date() : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new VntipError('INVALID_ARGUMENT', `The signing time "${String(value)}" is not a date.`);
  }
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Checks a folder's files against its manifest: each listed resource present with its declared hash. */
function checkFolderContents(folder: PackageFolderFiles, problems: VerificationProblem[]): void {
  let resources: unknown;
  try {
    const parsed: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(folder.manifest),
    );
    resources = (parsed as { resources?: unknown } | null)?.resources;
    if (!Array.isArray(resources)) throw new Error('no resources list');
  } catch (error) {
    problems.push(
      problem('package_unreadable', DESCRIPTOR_FILE, {
        detail: `${DESCRIPTOR_FILE}: ${messageOf(error)}`,
      }),
    );
    return;
  }
  for (const resource of resources as unknown[]) {
    const { path, hash } = (resource ?? {}) as Record<string, unknown>;
    if (typeof path !== 'string') continue;
    if (!Object.hasOwn(folder.files, path)) {
      problems.push(problem('package_resource_missing', path, { file: path }));
    } else if (typeof hash === 'string' && folder.files[path] !== hash) {
      problems.push(problem('package_resource_tampered', path, { file: path }));
    }
  }
}

/**
 * Checks that the files match the manifest: every listed resource present with its declared size and hash, and no
 * file besides the manifest, its signature and the resources. Returns the manifest's bytes when it could be read.
 */
function checkContents(layout: ZipLayout, problems: VerificationProblem[]): Uint8Array | undefined {
  const byName = new Map<string, ZipEntryInfo>();
  // Folder entries (`data/`, as `zip -r` writes them) hold no bytes and are no files of the package.
  for (const entry of layout.entries.filter(
    (e) => !(e.name.endsWith('/') && e.uncompressedSize === 0),
  )) {
    if (byName.has(entry.name))
      problems.push(problem('package_extra_file', entry.name, { file: entry.name }));
    else byName.set(entry.name, entry);
  }
  const manifestEntry = byName.get(DESCRIPTOR_FILE);
  if (!manifestEntry) {
    problems.push(problem('package_manifest_missing', DESCRIPTOR_FILE, {}));
    return undefined;
  }
  let manifest: Uint8Array;
  let resources: unknown;
  try {
    manifest = readZipEntry(layout, manifestEntry);
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifest));
    resources = (parsed as { resources?: unknown } | null)?.resources;
    if (!Array.isArray(resources)) throw new Error('no resources list');
  } catch (error) {
    problems.push(
      problem('package_unreadable', DESCRIPTOR_FILE, {
        detail: `${DESCRIPTOR_FILE}: ${messageOf(error)}`,
      }),
    );
    return undefined;
  }
  const listed = new Set([DESCRIPTOR_FILE, SIGNATURE_FILE]);
  for (const resource of resources as unknown[]) {
    const { path, bytes: size, hash } = (resource ?? {}) as Record<string, unknown>;
    if (typeof path !== 'string') continue;
    listed.add(path);
    const entry = byName.get(path);
    if (!entry) {
      problems.push(problem('package_resource_missing', path, { file: path }));
      continue;
    }
    let content: Uint8Array | undefined;
    try {
      content = readZipEntry(layout, entry);
    } catch {
      content = undefined;
    }
    if (
      !content ||
      (typeof size === 'number' && content.length !== size) ||
      sha256Label(content) !== hash
    ) {
      problems.push(problem('package_resource_tampered', path, { file: path }));
    }
  }
  for (const name of byName.keys()) {
    if (!listed.has(name) && !DOCUMENTATION.test(name)) {
      problems.push(problem('package_extra_file', name, { file: name }));
    }
  }
  return manifest;
}

function problem(
  code: VerificationCode,
  path: string,
  params: Readonly<Record<string, unknown>>,
): VerificationProblem {
  const template = ISSUE_CODES[code].message;
  const values = { file: path, ...params };
  return {
    code,
    path,
    params,
    message: { vi: renderTemplate(template.vi, values), en: renderTemplate(template.en, values) },
  };
}

function publicKeyOf(key: KeyInput): KeyObject {
  const object = typeof key === 'string' ? createPublicKey(key) : key;
  return object.type === 'private' ? createPublicKey(object) : object;
}

function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * The problem of an archive the zip reader refuses: its own code for a limit or a doubtful layout (duplicate names,
 * overlapping entries, a local header naming another file), `package_unreadable` for anything else.
 */
function unreadable(error: unknown): VerificationProblem {
  if (error instanceof ZipError && error.code !== 'invalid_archive') {
    return problem(error.code, '', error.params);
  }
  const detail =
    error instanceof ZipError && typeof error.params.detail === 'string'
      ? error.params.detail
      : messageOf(error);
  return problem('package_unreadable', '', { detail });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
