import { flushPromises, mount } from '@vue/test-utils';
import { logIn, logOut } from '@/session/session';
import { answerConfirmation, confirmation } from '@/ui/confirm';
import { json, token } from '@/test/tokens';
import AccountPage from './AccountPage.vue';

vi.mock('vue-router', () => ({ useRoute: () => ({ params: { username: 'marie.dupont' } }) }));

const marie = { username: 'marie.dupont', displayName: 'Marie Dupont', roles: ['VOLUNTEER'], enabled: true, createdAt: '2026-01-12T09:30:00Z' };

function requests(fetch: ReturnType<typeof vi.fn>) {
  return fetch.mock.calls.map(([input]) => input as Request);
}

describe('an account\'s page', () => {
  let fetch: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    fetch.mockResolvedValueOnce(json(200, { access_token: token('admin', ['ADMIN']), token_type: 'Bearer', expires_in: 1800 }));
    await logIn('admin', 'secret');
    fetch.mockReset();
  });
  afterEach(async () => {
    await logOut();
    document.body.innerHTML = '';
  });

  async function page() {
    fetch.mockResolvedValueOnce(json(200, marie));
    const wrapper = mount(AccountPage, { attachTo: document.body, global: { stubs: { RouterLink: { template: '<a><slot /></a>' } } } });
    await flushPromises();
    return wrapper;
  }

  it('resets the password only once the confirmation naming the end of its sessions is accepted', async () => {
    const wrapper = await page();
    await wrapper.find('form[data-form="password"] input[name="password"]').setValue('cinq-cerises-sur-la-table');

    await wrapper.find('form[data-form="password"]').trigger('submit');
    await flushPromises();
    expect(confirmation.open).toBe(true);
    expect(confirmation.changes).toContain('Toutes les sessions du compte se terminent : il devra se reconnecter avec le nouveau mot de passe.');
    expect(fetch).toHaveBeenCalledTimes(1);

    fetch.mockResolvedValueOnce(json(200, marie));
    answerConfirmation(true);
    await flushPromises();

    const sent = requests(fetch).at(-1)!;
    expect(sent.method).toBe('PATCH');
    expect(await sent.json()).toEqual({ password: 'cinq-cerises-sur-la-table' });
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('ses sessions sont terminées');
  });

  it('sends nothing when the reset is not confirmed, nor without a password', async () => {
    const wrapper = await page();

    await wrapper.find('form[data-form="password"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-field="password"] .field-error').text()).toBe('Saisissez le nouveau mot de passe.');

    await wrapper.find('form[data-form="password"] input[name="password"]').setValue('cinq-cerises-sur-la-table');
    await wrapper.find('form[data-form="password"]').trigger('submit');
    await flushPromises();
    answerConfirmation(false);
    await flushPromises();

    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('disables the account after its confirmation, sending only enabled: false', async () => {
    const wrapper = await page();

    await wrapper.find('button.danger').trigger('click');
    expect(confirmation.title).toBe('Désactiver le compte marie.dupont ?');
    fetch.mockResolvedValueOnce(json(200, { ...marie, enabled: false }));
    answerConfirmation(true);
    await flushPromises();

    expect(await requests(fetch).at(-1)!.json()).toEqual({ enabled: false });
    expect(wrapper.find('[data-testid="account-state"]').text()).toBe('Désactivé');
    expect(wrapper.find('button.primary').text()).toBe('Réactiver le compte');
  });
});
