/** Version of the VN-TIP data standard; independent of the npm package version. */
export const STANDARD_VERSION = '1.1.0';

/** Version of the VN-TIP codelists shipped with this standard version. */
export const CODELISTS_VERSION = '1.1.0';
