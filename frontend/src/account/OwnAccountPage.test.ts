import { flushPromises, mount } from '@vue/test-utils';
import { json } from '@/test/tokens';
import OwnAccountPage from './OwnAccountPage.vue';

function requests(fetch: ReturnType<typeof vi.fn>) {
  return fetch.mock.calls.map(([input]) => input as Request);
}

describe('« Mon compte »', () => {
  let fetch: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  async function page(me: object) {
    fetch.mockResolvedValueOnce(json(200, me));
    const wrapper = mount(OwnAccountPage, { attachTo: document.body });
    await flushPromises();
    return wrapper;
  }

  it('shows my name and my roles in French', async () => {
    const wrapper = await page({ username: 'marie.dupont', displayName: 'Marie Dupont', roles: ['VOLUNTEER', 'STAFF'] });

    expect(wrapper.find('h2').text()).toBe('Marie Dupont');
    expect(wrapper.find('[data-testid="own-username"]').text()).toBe('marie.dupont');
    expect(wrapper.find('[data-testid="own-roles"]').text()).toBe('équipe salariée, bénévole');
  });

  it('shows a wrong current password at its field, then changes the password and says my other sessions ended', async () => {
    const wrapper = await page({ username: 'marie.dupont', displayName: 'Marie Dupont', roles: ['VOLUNTEER'] });
    await wrapper.find('input[name="currentPassword"]').setValue('pas-le-bon-mot-de-passe');
    await wrapper.find('input[name="newPassword"]').setValue('quatre-poires-dans-le-panier');
    fetch.mockResolvedValueOnce(
      json(
        400,
        { type: 'urn:pes21:problem:validation', title: 'Bad Request', status: 400, errors: [{ field: 'currentPassword', message: 'n’est pas votre mot de passe actuel' }] },
        'application/problem+json',
      ),
    );

    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const refused = requests(fetch).at(-1)!;
    expect(new URL(refused.url).pathname).toBe('/api/accounts/me/password');
    expect(await refused.json()).toEqual({ currentPassword: 'pas-le-bon-mot-de-passe', newPassword: 'quatre-poires-dans-le-panier' });
    expect(wrapper.find('[data-field="currentPassword"] .field-error').text()).toBe('n’est pas votre mot de passe actuel');
    expect(wrapper.find('[data-testid="notice"]').text()).toBe('');

    await wrapper.find('input[name="currentPassword"]').setValue('trois-pommes-sur-le-buffet');
    fetch.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="notice"]').text()).toBe('Mot de passe changé. Vos autres sessions sont terminées ; celle-ci continue.');
    expect((wrapper.find('input[name="newPassword"]').element as HTMLInputElement).value).toBe('');
    expect(wrapper.find('[data-field="currentPassword"] .field-error').exists()).toBe(false);
  });

  it('offers no password change to the bootstrap account admin', async () => {
    const wrapper = await page({ username: 'admin', displayName: 'Administrateur', roles: ['ADMIN'] });

    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('PES21_ADMIN_PASSWORD');
  });
});
