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
import { canonicalJson } from './canonical-json';
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

/** What `datapackage.json.sig` holds. */
export interface PackageSignature {
  readonly algorithm: 'Ed25519';
  readonly keyId: string;
  /** `sha256:<hex>` of the exact bytes of `datapackage.json`. */
  readonly manifest: string;
  /** `sha256:<hex>` of the archive without its signature entry. */
  readonly archive: string;
  /** Base64 Ed25519 signature of the canonical JSON of the other four fields. */
  readonly signature: string;
}

/** The stable codes of `verifyPackage` problems; each is an issue code with vi/en messages. */
export type VerificationCode =
  | 'package_archive_altered'
  | 'package_extra_file'
  | 'package_manifest_missing'
  | 'package_manifest_tampered'
  | 'package_resource_missing'
  | 'package_resource_tampered'
  | 'package_unreadable'
  | 'signature_invalid'
  | 'signature_malformed'
  | 'signature_missing'
  | 'signature_wrong_key';

/** One reason a package does not verify. */
export interface VerificationProblem {
  readonly code: VerificationCode;
  /** The file inside the package it concerns; empty for the archive as a whole. */
  readonly path: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: BilingualText;
}

/** The result of `verifyPackage`. */
export interface VerificationReport {
  /** True only when the signature is present, made by the given key, and every byte is as signed. */
  readonly valid: boolean;
  /** The key id the signature names, when it could be read. */
  readonly keyId?: string;
  readonly problems: readonly VerificationProblem[];
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
 * Signs a package zip written by the `package` exporter and returns the signed zip: the same bytes with a stored
 * `datapackage.json.sig` entry added after the last file. A package already signed is signed again (the old signature
 * is dropped). Throws `INVALID_ARGUMENT` when the zip is not a readable package or its files do not match its
 * descriptor, so a broken package is never signed.
 * @example
 * const signed = signPackage(zipBytes, privateKey);
 */
export function signPackage(zipBytes: Uint8Array, privateKey: KeyInput): Uint8Array {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new VntipError('INVALID_ARGUMENT', 'Packages are signed with an Ed25519 private key.');
  }
  let unsigned: UnsignedParts;
  let layout: ZipLayout;
  try {
    layout = readZipLayout(zipBytes);
    unsigned = unsignedParts(zipBytes, layout);
  } catch (error) {
    throw new VntipError('INVALID_ARGUMENT', `The package cannot be signed: ${String(error)}`, {
      cause: error,
    });
  }
  const unsignedBytes = concatBytes([unsigned.prefix, unsigned.central, unsigned.end]);
  const unsignedLayout = readZipLayout(unsignedBytes);
  const problems: VerificationProblem[] = [];
  const manifest = checkContents(unsignedBytes, unsignedLayout, problems);
  if (!manifest || problems.length > 0) {
    throw new VntipError(
      'INVALID_ARGUMENT',
      `The package cannot be signed: ${problems.map((p) => p.message.en).join(' ')}`,
    );
  }
  const statement = {
    algorithm: 'Ed25519' as const,
    archive: sha256Label(unsignedBytes),
    keyId: keyIdOf(createPublicKey(key)),
    manifest: sha256Label(manifest),
  };
  const signature = sign(null, new TextEncoder().encode(canonicalJson(statement)), key);
  return assembleSigned(unsigned, { ...statement, signature: signature.toString('base64') });
}

/**
 * Verifies a signed package against a public key. Never throws on bad input: every problem is reported with a stable
 * code: the signature missing or malformed, made by another key, not matching; the manifest changed; a resource
 * changed, missing, or a file not in the manifest; or any other byte of the archive changed.
 * @example
 * const report = verifyPackage(signedBytes, publicKey);
 * if (!report.valid) for (const p of report.problems) console.log(p.code, p.path, p.message.vi);
 */
export function verifyPackage(zipBytes: Uint8Array, publicKey: KeyInput): VerificationReport {
  const problems: VerificationProblem[] = [];
  let layout: ZipLayout;
  try {
    layout = readZipLayout(zipBytes);
  } catch (error) {
    problems.push(problem('package_unreadable', '', { detail: messageOf(error) }));
    return { valid: false, problems };
  }
  const signature = readSignature(zipBytes, layout, problems);
  const manifest = checkContents(zipBytes, layout, problems);
  if (signature) {
    const keyId = signingKeyId(publicKey);
    if (signature.keyId !== keyId) {
      problems.push(
        problem('signature_wrong_key', SIGNATURE_FILE, { signed: signature.keyId, given: keyId }),
      );
    } else {
      const { signature: value, ...statement } = signature;
      const ok = verify(
        null,
        new TextEncoder().encode(canonicalJson(statement)),
        publicKeyOf(publicKey),
        Buffer.from(value, 'base64'),
      );
      if (!ok) problems.push(problem('signature_invalid', SIGNATURE_FILE, { keyId }));
    }
    if (manifest && sha256Label(manifest) !== signature.manifest) {
      problems.push(problem('package_manifest_tampered', DESCRIPTOR_FILE, {}));
    }
    if (problems.length === 0 && !archiveAsSigned(zipBytes, layout, signature)) {
      problems.push(problem('package_archive_altered', '', {}));
    }
  }
  return {
    valid: problems.length === 0,
    ...(signature ? { keyId: signature.keyId } : {}),
    problems,
  };
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
  const prefixEnd = signed && last ? last.localOffset : layout.directoryOffset;
  const centralEnd = signed && last ? last.centralOffset : bytes.length - 22;
  if (entries.some((entry) => entry !== last && entry.localOffset >= prefixEnd)) {
    throw new Error('an entry lies after the signature');
  }
  const prefix = bytes.subarray(0, prefixEnd);
  const central = bytes.subarray(layout.directoryOffset, centralEnd);
  const count = entries.length - (signed ? 1 : 0);
  return { prefix, central, count, end: endRecord(count, central.length, prefix.length) };
}

function assembleSigned(unsigned: UnsignedParts, signature: PackageSignature): Uint8Array {
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

/** True when the archive is exactly what `signPackage` makes from the signed archive and this signature. */
function archiveAsSigned(
  bytes: Uint8Array,
  layout: ZipLayout,
  signature: PackageSignature,
): boolean {
  try {
    const unsigned = unsignedParts(bytes, layout);
    const archive = sha256Label(concatBytes([unsigned.prefix, unsigned.central, unsigned.end]));
    return archive === signature.archive && sameBytes(assembleSigned(unsigned, signature), bytes);
  } catch {
    return false;
  }
}

function readSignature(
  bytes: Uint8Array,
  layout: ZipLayout,
  problems: VerificationProblem[],
): PackageSignature | undefined {
  const entry = layout.entries.find((candidate) => candidate.name === SIGNATURE_FILE);
  if (!entry) {
    problems.push(problem('signature_missing', SIGNATURE_FILE, {}));
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(readZipEntry(bytes, entry)),
    );
    if (isSignature(value)) return value;
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: 'unexpected fields' }));
  } catch (error) {
    problems.push(problem('signature_malformed', SIGNATURE_FILE, { detail: messageOf(error) }));
  }
  return undefined;
}

function isSignature(value: unknown): value is PackageSignature {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const hash = /^sha256:[0-9a-f]{64}$/;
  return (
    Object.keys(record).sort().join() === 'algorithm,archive,keyId,manifest,signature' &&
    record.algorithm === 'Ed25519' &&
    typeof record.keyId === 'string' &&
    /^[0-9a-f]{16}$/.test(record.keyId) &&
    typeof record.manifest === 'string' &&
    hash.test(record.manifest) &&
    typeof record.archive === 'string' &&
    hash.test(record.archive) &&
    typeof record.signature === 'string' &&
    Buffer.from(record.signature, 'base64').length === 64 &&
    Buffer.from(record.signature, 'base64').toString('base64') === record.signature
  );
}

/**
 * Checks that the files match the manifest: every listed resource present with its declared size and hash, and no
 * file besides the manifest, its signature and the resources. Returns the manifest's bytes when it could be read.
 */
function checkContents(
  bytes: Uint8Array,
  layout: ZipLayout,
  problems: VerificationProblem[],
): Uint8Array | undefined {
  const byName = new Map<string, ZipEntryInfo>();
  for (const entry of layout.entries) {
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
    manifest = readZipEntry(bytes, manifestEntry);
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifest));
    resources = (parsed as { resources?: unknown } | null)?.resources;
    if (!Array.isArray(resources)) throw new Error('no resources list');
  } catch (error) {
    problems.push(
      problem('package_manifest_tampered', DESCRIPTOR_FILE, { detail: messageOf(error) }),
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
      content = readZipEntry(bytes, entry);
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
    if (!listed.has(name)) problems.push(problem('package_extra_file', name, { file: name }));
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
