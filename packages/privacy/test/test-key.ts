// Made-up keys for tests only, drawn once from node:crypto randomBytes(32). Never a province key.
export const TEST_KEY_HEX = 'aabd60fb230d6ab629e8ba2f11c582c54760eb4215d9bcf4ee498777827365aa';
export const OTHER_TEST_KEY_HEX =
  '780a4b13850adfd1e956e12381774d312ae9e6ece9b13b8398e4ca9a97478e80';
