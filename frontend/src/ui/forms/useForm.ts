// A form that records something: its values, what the contract says of them (validation.ts), the server's
// refusals shown where they belong, and one Idempotency-Key per submission (src/api/idempotency.ts).
//
//   const form = useForm('accompaniment.NewMeeting', () => ({ date: '', kind: 'FOLLOW_UP', notes: '' }));
//   await form.submit((body, key) => send(() => api.accompaniment.POST('/api/accompaniment/projects/{id}/meetings',
//       { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: body as NewMeeting })));
//
// A 400 `validation` problem puts each `errors[].message` next to its field (`errors[].field` is the field's
// path, e.g. `holders[0].email`); a field the form does not show, a 422 `rule-violation`'s `detail` and every
// other refusal become the form's message (role="alert"). A double click sends once; a retry after a network
// error or a refusal carries the same key, so nothing is recorded twice.
import { nextTick, reactive, ref, type Ref } from 'vue';
import { Submission } from '@/api/idempotency';
import { ApiError, messageOf } from '@/api/problem';
import type { RequestName } from '@/api/generated/contract';
import { cleanBody, validate, type FieldErrors, type Values } from './validation';

export interface Form<V extends Values = Values> {
  readonly name: RequestName;
  readonly values: V;
  readonly errors: FieldErrors;
  readonly message: Ref<string>;
  readonly pending: Ref<boolean>;
  /** The form element, to focus the first field in error. */
  readonly element: Ref<HTMLFormElement | null>;
  /** Checks, sends (once at a time) and shows what was refused; answers the result, or undefined. */
  submit<T>(send: (body: Values, idempotencyKey: string) => Promise<T>): Promise<T | undefined>;
  /** Back to the initial values, for the next submission. */
  reset(): void;
}

export function useForm<V extends Values>(name: RequestName, initial: () => V): Form<V> {
  const values = reactive(initial()) as V;
  const errors = reactive<FieldErrors>({});
  const message = ref('');
  const pending = ref(false);
  const element = ref<HTMLFormElement | null>(null);
  const submission = new Submission();

  function showErrors(found: FieldErrors): void {
    for (const key of Object.keys(errors)) {
      delete errors[key];
    }
    Object.assign(errors, found);
  }

  async function focusFirstProblem(): Promise<void> {
    await nextTick();
    const invalid = element.value?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? element.value?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }

  async function submit<T>(send: (body: Values, key: string) => Promise<T>): Promise<T | undefined> {
    if (pending.value) {
      return undefined; // a double click: the first submission goes on
    }
    message.value = '';
    const found = validate(name, values);
    showErrors(found);
    if (Object.keys(found).length > 0) {
      message.value = 'Le formulaire contient des erreurs : corrigez les champs signalés.';
      await focusFirstProblem();
      return undefined;
    }
    pending.value = true;
    try {
      const result = await send(cleanBody(values), submission.keyForAttempt());
      submission.succeeded();
      return result;
    } catch (error) {
      showRefusal(error);
      await focusFirstProblem();
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  function showRefusal(error: unknown): void {
    if (error instanceof ApiError && error.problem.errors?.length) {
      const shown: FieldErrors = {};
      const elsewhere: string[] = [];
      for (const { field, message: text } of error.problem.errors) {
        if (element.value?.querySelector(`[data-field="${field.replace(/["\\]/g, "\\$&")}"]`) || !element.value) {
          shown[field] = text;
        } else {
          elsewhere.push(`${field} : ${text}`);
        }
      }
      showErrors(shown);
      message.value = [messageOf(error), ...elsewhere].join(' ');
      return;
    }
    message.value = messageOf(error);
  }

  function reset(): void {
    const fresh = initial();
    for (const key of Object.keys(values)) {
      delete (values as Values)[key];
    }
    Object.assign(values, fresh);
    showErrors({});
    message.value = '';
  }

  return { name, values, errors, message, pending, element, submit, reset };
}
