/** Language of labels and messages: Vietnamese (the default) or English. */
export type Locale = 'vi' | 'en';

/** One row of a codelist: the code, bilingual labels and descriptions, and any crosswalk columns. */
export interface CodelistEntry {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
  readonly descriptionVi: string;
  readonly descriptionEn: string;
  /** Empty, or the standard version from which the code is deprecated. */
  readonly deprecated: string;
  /** `unconfirmed` where no primary text confirmed the code. */
  readonly status: 'confirmed' | 'unconfirmed';
  readonly [column: string]: string;
}

/** A codelist with its rows, as generated from `schemas/codelists/<name>.csv` or a maintained library. */
export interface CodelistDefinition {
  readonly name: string;
  readonly origin: string;
  readonly columns: readonly string[];
  readonly rows: readonly CodelistEntry[];
}

/** A crosswalk table between code-list versions, such as the 2025 province merge. */
export interface CrosswalkDefinition {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}
