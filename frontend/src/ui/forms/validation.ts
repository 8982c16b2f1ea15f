// Checks a request body against what the contract says of it (src/api/generated/contract.ts, from
// docs/api/*.json) before it is sent, with French messages: required fields, formats (date, date-time,
// e-mail), lengths, minimum and maximum, patterns, enumerations, items of lists. The server has the last
// word: what it refuses comes back as a problem detail and is shown the same way (useForm.ts).
import { enumerations, requestSchemas, type RequestName } from '@/api/generated/contract';
import type { FieldConstraint, RequestSchema } from '@/api/contract-types';
import { isIsoDate } from '@/ui/format';

export type Values = Record<string, unknown>;
/** A message per field path, as the server names fields: `name`, `holders[0].email`. */
export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function schemaOf(name: string): RequestSchema {
  const schema = (requestSchemas as Record<string, RequestSchema>)[name];
  if (!schema) {
    throw new Error(`No request schema ${name} in the contract`);
  }
  return schema;
}

/** The constraint of a field path (`holders[0].email`) in a request body, or undefined. */
export function constraintOf(name: string, path: string): FieldConstraint | undefined {
  const service = name.split('.')[0];
  let schema: RequestSchema = schemaOf(name);
  const steps = path.replace(/\[\d+\]/g, '').split('.');
  let constraint: FieldConstraint | undefined;
  for (const [index, step] of steps.entries()) {
    constraint = schema.fields[step];
    if (!constraint) {
      return undefined;
    }
    if (index < steps.length - 1) {
      if (!constraint.items) {
        return undefined;
      }
      schema = schemaOf(`${service}.${constraint.items}`);
    }
  }
  return constraint;
}

/** Whether a field path is required in its body. */
export function isRequired(name: string, path: string): boolean {
  const service = name.split('.')[0];
  const steps = path.replace(/\[\d+\]/g, '').split('.');
  let schema = schemaOf(name);
  for (const [index, step] of steps.entries()) {
    if (index === steps.length - 1) {
      return schema.required.includes(step);
    }
    const items = schema.fields[step]?.items;
    if (!items) {
      return false;
    }
    schema = schemaOf(`${service}.${items}`);
  }
  return false;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

/** The problem with one value, or null. */
export function checkValue(constraint: FieldConstraint, value: unknown, required: boolean): string | null {
  if (Array.isArray(value)) {
    if (required && value.length === 0) {
      return 'Ajoutez-en au moins un.';
    }
    if (constraint.minItems !== undefined && value.length < constraint.minItems) {
      return `Au moins ${constraint.minItems}.`;
    }
    if (constraint.maxItems !== undefined && value.length > constraint.maxItems) {
      return `Au plus ${constraint.maxItems}.`;
    }
    return null;
  }
  if (isEmpty(value)) {
    return required ? 'Ce champ est obligatoire.' : null;
  }
  if (constraint.type === 'integer' || constraint.type === 'number') {
    const number = typeof value === 'number' ? value : Number(value);
    if (Number.isNaN(number) || (constraint.type === 'integer' && !Number.isInteger(number))) {
      return constraint.type === 'integer' ? 'Un nombre entier est attendu.' : 'Un nombre est attendu.';
    }
    if (constraint.minimum !== undefined && number < constraint.minimum) {
      return `Au moins ${constraint.minimum}.`;
    }
    if (constraint.maximum !== undefined && number > constraint.maximum) {
      return `Au plus ${constraint.maximum}.`;
    }
    return null;
  }
  const text = String(value);
  if (constraint.format === 'date' && !isIsoDate(text)) {
    return 'Date invalide : saisissez-la au format jj/mm/aaaa.';
  }
  if (constraint.format === 'date-time' && Number.isNaN(Date.parse(text))) {
    return 'Date et heure invalides.';
  }
  if (constraint.format === 'email' && !EMAIL.test(text)) {
    return 'Adresse e-mail invalide.';
  }
  if (constraint.enum) {
    const values = (enumerations as Record<string, readonly string[]>)[constraint.enum] ?? [];
    if (!values.includes(text)) {
      return 'Choisissez une valeur de la liste.';
    }
  }
  if (constraint.minLength !== undefined && text.length < constraint.minLength) {
    return `Au moins ${constraint.minLength} caractères.`;
  }
  if (constraint.maxLength !== undefined && text.length > constraint.maxLength) {
    return `Au plus ${constraint.maxLength} caractères (${text.length} saisis).`;
  }
  if (constraint.pattern && !new RegExp(`^(?:${constraint.pattern})$`, 'u').test(text)) {
    return 'Format invalide.';
  }
  return null;
}

/** Every problem of a body, by field path; {} when it may be sent. */
export function validate(name: RequestName | string, body: Values, prefix = ''): FieldErrors {
  const schema = schemaOf(name);
  const service = name.split('.')[0];
  const errors: FieldErrors = {};
  for (const [field, constraint] of Object.entries(schema.fields)) {
    const path = prefix + field;
    const value = body[field];
    const problem = checkValue(constraint, value, schema.required.includes(field));
    if (problem) {
      errors[path] = problem;
    }
    if (Array.isArray(value) && constraint.items) {
      value.forEach((item, index) => {
        Object.assign(errors, validate(`${service}.${constraint.items}`, item as Values, `${path}[${index}].`));
      });
    }
  }
  return errors;
}

/** The body to send: optional fields left empty are left out (the contract's "absent"). */
export function cleanBody(body: Values): Values {
  const clean: Values = {};
  for (const [field, value] of Object.entries(body)) {
    if (Array.isArray(value)) {
      clean[field] = value.map((item) =>
        item && typeof item === 'object' && !Array.isArray(item) ? cleanBody(item as Values) : item,
      );
    } else if (!isEmpty(value)) {
      clean[field] = value;
    }
  }
  return clean;
}

/** Reads a field path (`holders[0].email`) in a body. */
export function valueAt(body: Values, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((step) => step !== undefined && step !== '')
    .reduce<unknown>((value, step) => (value == null ? undefined : (value as Record<string, unknown>)[step]), body);
}

/** Writes a field path in a body (the containers exist). */
export function setValueAt(body: Values, path: string, value: unknown): void {
  const steps = path.split(/\.|\[(\d+)\]/).filter((step) => step !== undefined && step !== '');
  const last = steps.pop()!;
  const container = steps.reduce<Record<string, unknown>>(
    (current, step) => current[step] as Record<string, unknown>,
    body,
  );
  container[last] = value;
}
