import { defineComponent, h, nextTick } from 'vue';
import { mount, flushPromises } from '@vue/test-utils';
import { ApiError, NetworkError } from '@/api/problem';
import AppForm from './AppForm.vue';
import ContractField from './ContractField.vue';
import { useForm } from './useForm';

const meeting = () => ({ date: '2024-03-12', kind: 'FOLLOW_UP', notes: '' });

function meetingForm() {
  let form!: ReturnType<typeof useForm>;
  const Host = defineComponent({
    setup() {
      form = useForm('accompaniment.NewMeeting', meeting);
      return () =>
        h(AppForm, { form, submitLabel: 'Enregistrer' }, () => [
          h(ContractField, { form, path: 'date', label: 'Date' }),
          h(ContractField, { form, path: 'kind', label: 'Type' }),
          h(ContractField, { form, path: 'notes', label: 'Notes', multiline: true }),
        ]);
    },
  });
  const wrapper = mount(Host, { attachTo: document.body });
  return { wrapper, form: () => form };
}

describe('a recording form', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sends nothing while the contract refuses the body, and says why at the field', async () => {
    const { wrapper, form } = meetingForm();
    const send = vi.fn();
    await wrapper.find('input[name="date"]').setValue('30/02/2024');

    await form().submit(send);
    await flushPromises();

    expect(send).not.toHaveBeenCalled();
    const date = wrapper.find('[data-field="date"]');
    expect(date.find('.field-error').text()).toBe('Date invalide : saisissez-la au format jj/mm/aaaa.');
    expect(date.find('input').attributes('aria-invalid')).toBe('true');
    expect(date.find('input').attributes('aria-describedby')).toContain(date.find('.field-error').attributes('id'));
    expect(document.activeElement).toBe(date.find('input').element);
  });

  it('sends the typed date as the contract\'s ISO date, without the empty optional fields', async () => {
    const { wrapper, form } = meetingForm();
    await wrapper.find('input[name="date"]').setValue('02/04/2024');
    const send = vi.fn().mockResolvedValue({ id: 'm1' });

    const answer = await form().submit(send);

    expect(answer).toEqual({ id: 'm1' });
    expect(send).toHaveBeenCalledWith({ date: '2024-04-02', kind: 'FOLLOW_UP' }, expect.any(String));
  });

  it('shows the server\'s field problems next to their fields and its detail as the form\'s message', async () => {
    const { wrapper, form } = meetingForm();
    const refusal = new ApiError({
      type: 'urn:pes21:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields are missing or invalid; see errors.',
      errors: [
        { field: 'notes', message: 'la note est trop longue' },
        { field: 'somethingElse', message: 'est inconnu' },
      ],
    });

    await form().submit(() => Promise.reject(refusal));
    await nextTick();

    expect(wrapper.find('[data-field="notes"] .field-error').text()).toBe('la note est trop longue');
    expect(wrapper.find('[data-testid="form-message"]').text()).toBe(
      'Certains champs sont manquants ou invalides. somethingElse : est inconnu',
    );
  });

  it('shows the detail of a rule violation (422) as the form\'s message', async () => {
    const { wrapper, form } = meetingForm();
    const refusal = new ApiError({
      type: 'urn:pes21:problem:rule-violation',
      title: 'Refused by a rule',
      status: 422,
      detail: 'Une rencontre ne peut pas précéder l’accueil du projet (06/02/2024).',
    });

    await form().submit(() => Promise.reject(refusal));
    await nextTick();

    expect(wrapper.find('[data-testid="form-message"]').text()).toBe(
      'Une rencontre ne peut pas précéder l’accueil du projet (06/02/2024).',
    );
    expect(wrapper.findAll('.field-error')).toHaveLength(0);
  });

  it('sends a double click once', async () => {
    const { form } = meetingForm();
    let answer!: (value: { id: string }) => void;
    const send = vi.fn(() => new Promise<{ id: string }>((resolve) => (answer = resolve)));

    const first = form().submit(send);
    const second = await form().submit(send);
    answer({ id: 'm1' });

    expect(await first).toEqual({ id: 'm1' });
    expect(second).toBeUndefined();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries after a network error or a refusal with the same Idempotency-Key, and takes a new one after a success', async () => {
    const { form } = meetingForm();
    const keys: string[] = [];
    const record = (outcome: 'network' | 'refused' | 'ok') => (_body: unknown, key: string) => {
      keys.push(key);
      if (outcome === 'network') return Promise.reject(new NetworkError(new TypeError('Failed to fetch')));
      if (outcome === 'refused') {
        return Promise.reject(new ApiError({ type: 'urn:pes21:problem:rule-violation', title: 'x', status: 422 }));
      }
      return Promise.resolve({ id: 'm1' });
    };

    await form().submit(record('network'));
    expect(form().message.value).toBe('La connexion au serveur a échoué.');
    await form().submit(record('refused'));
    await form().submit(record('ok'));
    await form().submit(record('ok'));

    expect(keys[0]).toBe(keys[1]);
    expect(keys[1]).toBe(keys[2]);
    expect(keys[3]).not.toBe(keys[2]);
  });

  it('starts again from the initial values after reset', async () => {
    const { wrapper, form } = meetingForm();
    await wrapper.find('select').setValue('WORKSHOP');

    form().reset();
    await nextTick();

    expect(form().values).toEqual(meeting());
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('FOLLOW_UP');
  });
});
