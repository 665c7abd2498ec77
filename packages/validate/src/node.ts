// Node-only entry (`@vntip/validate/node`). The folder and path readers moved to `@vntip/read/node` in 0.2; these
// aliases keep the old import working for one minor version.
import * as readNode from '@vntip/read/node';

/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readPackageFolder` from `@vntip/read/node`. Removed in 0.3. */
export const readPackageFolder: typeof readNode.readPackageFolder = readNode.readPackageFolder;
/** @deprecated Since 0.2 the readers live in `@vntip/read`: import `readPath` from `@vntip/read/node`. Removed in 0.3. */
export const readPath: typeof readNode.readPath = readNode.readPath;
