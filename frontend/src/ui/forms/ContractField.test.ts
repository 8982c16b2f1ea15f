import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import ContractField from './ContractField.vue';
import { useForm } from './useForm';

function field(path: string, values: Record<string, unknown>, props: Record<string, unknown> = {}) {
  let form!: ReturnType<typeof useForm>;
  const Host = defineComponent({
    setup() {
      form = useForm('accompaniment.NewProject', () => values);
      return () => h(ContractField, { form, path, label: 'Libellé', ...props });
    },
  });
  return { wrapper: mount(Host), form: () => form };
}

describe('a field shaped by the contract', () => {
  it('offers an enumeration as a select with French labels, in the contract\'s order', () => {
    const { wrapper } = field('programme', { programme: '' });

    const options = wrapper.findAll('option').map((option) => [option.attributes('value'), option.text()]);

    expect(options).toEqual([
      ['', 'Choisir…'],
      ['BENEFICE_CREA', 'Bénéfice Créa'],
      ['CRDVA', 'CRDVA'],
      ['EMERGENCE', 'Émergence'],
      ['OTHER', 'Hors programme'],
    ]);
  });

  it('labels its input and marks it required when the contract requires it', () => {
    const { wrapper } = field('name', { name: '' });
    const input = wrapper.find('input');

    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'));
    expect(wrapper.find('label').text()).toBe('Libellé *');
    expect(input.attributes('aria-required')).toBe('true');
  });

  it('does not mark an optional field required', () => {
    const { wrapper } = field('sector', { sector: '' });

    expect(wrapper.find('label').text()).toBe('Libellé');
    expect(wrapper.find('input').attributes('aria-required')).toBe('false');
  });

  it('takes a date-time as a day and a time in Paris and keeps the instant in the body', async () => {
    let form!: ReturnType<typeof useForm>;
    const Host = defineComponent({
      setup() {
        form = useForm('events.NewEvent', () => ({ title: '', kind: 'CLUB_EVENING', startsAt: '2024-12-10T17:30:00Z' }));
        return () => h(ContractField, { form, path: 'startsAt', label: 'Début' });
      },
    });
    const wrapper = mount(Host);
    const [day, time] = wrapper.findAll('input');

    expect((day!.element as HTMLInputElement).value).toBe('10/12/2024');
    expect((time!.element as HTMLInputElement).value).toBe('18:30');
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual(['Début *', 'Début : heure']);
    await day!.setValue('02/04/2024');
    expect(form.values.startsAt).toBe('2024-04-02T16:30:00Z');
    await time!.setValue('25:00');
    expect(form.values.startsAt).toBe('02/04/2024 25:00');
  });

  it('shows a date as jj/mm/aaaa and keeps the ISO date in the body', async () => {
    const { wrapper, form } = field('welcomedOn', { welcomedOn: '2024-02-06' });
    const input = wrapper.find('input');

    expect((input.element as HTMLInputElement).value).toBe('06/02/2024');
    expect(wrapper.find('.hint').text()).toBe('Format jj/mm/aaaa.');
    await input.setValue('15/03/2024');
    expect(form().values.welcomedOn).toBe('2024-03-15');
    await input.setValue('15/03/20');
    expect(form().values.welcomedOn).toBe('15/03/20');
  });
});
