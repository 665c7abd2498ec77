export { GENERATED_FOLDERS, generateAll } from './generate-all.ts';
export type { Codelist, CodelistRow, JsonSchema, Standard } from './load-standard.ts';
export { BASE_URL, loadStandard } from './load-standard.ts';
