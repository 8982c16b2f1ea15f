/** The shape of a request body's constraints as scripts/generate-api.mjs writes them from the contract. */
export interface FieldConstraint {
  readonly type: string;
  readonly format?: string;
  /** The enumeration's schema name (its values are in `enumerations`). */
  readonly enum?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** For an array of objects: the items' request schema name. */
  readonly items?: string;
}

export interface RequestSchema {
  readonly required: readonly string[];
  readonly fields: Readonly<Record<string, FieldConstraint>>;
}
