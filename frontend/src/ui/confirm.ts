// Asking before a withdrawal: `await confirmWithdrawal({...})` opens the confirmation dialog (ConfirmDialog.vue,
// mounted once in App.vue) naming what will change, and answers true when the person confirms.
import { reactive, readonly } from 'vue';

export interface Confirmation {
  /** The question, e.g. « Retirer la rencontre du 12/03/2024 ? » */
  readonly title: string;
  /** What will change, one line each (the fact withdrawn, what goes with it, the figures that move back). */
  readonly changes: readonly string[];
  /** The confirming button, e.g. « Retirer la rencontre ». */
  readonly confirmLabel: string;
}

const state = reactive({
  open: false,
  title: '',
  changes: [] as string[],
  confirmLabel: '',
});
let answer: ((confirmed: boolean) => void) | null = null;

export const confirmation = readonly(state);

export function confirmWithdrawal(request: Confirmation): Promise<boolean> {
  answer?.(false);
  Object.assign(state, { open: true, title: request.title, changes: [...request.changes], confirmLabel: request.confirmLabel });
  return new Promise((resolve) => {
    answer = resolve;
  });
}

/** The dialog's answer. */
export function answerConfirmation(confirmed: boolean): void {
  state.open = false;
  const resolve = answer;
  answer = null;
  resolve?.(confirmed);
}
