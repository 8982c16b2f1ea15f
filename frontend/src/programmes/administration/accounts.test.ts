import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flushPromises, mount } from '@vue/test-utils';
import { ApiError } from '@/api/problem';
import { logIn, logOut } from '@/session/session';
import { json, token } from '@/test/tokens';
import AccountsPage from './AccountsPage.vue';
import {
  PASSWORD_RULE,
  accountState,
  changeAccount,
  changeable,
  enablingConfirmation,
  openAccount,
  passwordResetConfirmation,
  type Account,
} from './accounts';

const account = (view: Partial<Account>): Account =>
  ({ username: 'marie.dupont', displayName: 'Marie Dupont', roles: ['VOLUNTEER'], enabled: true, createdAt: '2026-01-12T09:30:00Z', ...view }) as Account;

function requests(fetch: ReturnType<typeof vi.fn>) {
  return fetch.mock.calls.map(([input]) => input as Request);
}

describe('an account', () => {
  it('says whether it may log in, and when it last did', () => {
    expect(accountState(account({ enabled: false, lastLoginAt: '2026-01-13T08:02:11Z' }))).toBe('Désactivé');
    expect(accountState(account({}))).toBe('Actif, jamais connecté');
    expect(accountState(account({ lastLoginAt: '2026-01-13T08:02:11Z' }))).toBe('Actif, dernière connexion le 13/01/2026 à 09:02');
  });

  it('may be changed unless it is the bootstrap account admin', () => {
    expect(changeable(account({}))).toBe(true);
    expect(changeable(account({ username: 'admin' }))).toBe(false);
    expect(changeable(account({ username: 'admin2' }))).toBe(true);
  });

  it('is disabled after a confirmation saying its sessions end, and enabled again after another', () => {
    const disabling = enablingConfirmation(account({ enabled: true }));
    expect(disabling.title).toBe('Désactiver le compte marie.dupont ?');
    expect(disabling.changes.join(' ')).toContain('Toutes ses sessions se terminent');

    expect(enablingConfirmation(account({ enabled: false })).confirmLabel).toBe('Réactiver le compte');
  });

  it('has its password reset after a confirmation naming the consequence: its sessions end', () => {
    const reset = passwordResetConfirmation('marie.dupont');

    expect(reset.title).toBe('Réinitialiser le mot de passe de marie.dupont ?');
    expect(reset.changes).toContain('Toutes les sessions du compte se terminent : il devra se reconnecter avec le nouveau mot de passe.');
  });

  it('shows the password rule the contract states', () => {
    const gateway = JSON.parse(readFileSync(resolve(process.cwd(), '../docs/api/gateway.json'), 'utf8'));
    const rule: string = gateway.components.schemas.NewAccount.properties.password.description;

    expect(rule).toBe('At least 12 characters, not a common password, not containing the username');
    expect(PASSWORD_RULE).toBe('Au moins 12 caractères ; pas un mot de passe courant ; sans le nom d’utilisateur.');
  });
});

describe('the accounts API', () => {
  let fetch: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
  });

  it('sends only the members of an account that change', async () => {
    fetch.mockResolvedValueOnce(json(200, account({ enabled: false })));

    await changeAccount('marie.dupont', { enabled: false });

    const request = requests(fetch)[0]!;
    expect(request.method).toBe('PATCH');
    expect(new URL(request.url).pathname).toBe('/api/accounts/marie.dupont');
    expect(await request.json()).toEqual({ enabled: false });
  });

  it('puts the refusal of a username already taken at the username field', async () => {
    fetch.mockResolvedValueOnce(
      json(409, { type: 'urn:pes21:problem:duplicate', title: 'Conflict', status: 409, detail: 'Un compte marie.dupont existe déjà.' }, 'application/problem+json'),
    );

    const refusal = await openAccount({ username: 'marie.dupont', displayName: 'Marie', roles: ['STAFF'], password: 'trois-pommes-sur-le-buffet' }).catch((e) => e);

    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).problem.errors).toEqual([{ field: 'username', message: 'Un compte marie.dupont existe déjà.' }]);
  });
});

describe('the accounts page', () => {
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
    fetch.mockResolvedValueOnce(json(200, { items: [account({ username: 'admin', roles: ['ADMIN'] }), account({})], page: 0, size: 50, total: 2 }));
    const wrapper = mount(AccountsPage, { attachTo: document.body, global: { stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } } } });
    await flushPromises();
    return wrapper;
  }

  it('offers no change of the bootstrap account admin, and a page for the others', async () => {
    const wrapper = await page();

    const links = wrapper.findAll('a').map((a) => a.attributes('href'));
    expect(links).toContain('/administration/comptes/marie.dupont');
    expect(links).not.toContain('/administration/comptes/admin');
    expect(wrapper.text()).toContain('admin (compte initial, non modifiable)');
  });

  it('asks for a role before sending, and shows the server\'s refusal of the password at its field', async () => {
    const wrapper = await page();
    await wrapper.find('input[name="username"]').setValue('lucas.martin');
    await wrapper.find('input[name="displayName"]').setValue('Lucas Martin');
    await wrapper.find('input[name="password"]').setValue('motdepasse123');

    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(fetch).toHaveBeenCalledTimes(1); // the list only: nothing sent
    expect(wrapper.find('[data-field="roles"] .field-error').text()).toBe('Ajoutez-en au moins un.');

    await wrapper.find('input[name="roles"][value="STAFF"]').setValue(true);
    fetch.mockResolvedValueOnce(
      json(
        400,
        { type: 'urn:pes21:problem:validation', title: 'Bad Request', status: 400, errors: [{ field: 'password', message: 'est un mot de passe trop courant' }] },
        'application/problem+json',
      ),
    );
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const sent = requests(fetch).at(-1)!;
    expect(sent.method).toBe('POST');
    expect(await sent.json()).toEqual({ username: 'lucas.martin', displayName: 'Lucas Martin', roles: ['STAFF'], password: 'motdepasse123' });
    expect(wrapper.find('[data-field="password"] .field-error').text()).toBe('est un mot de passe trop courant');
    expect(wrapper.find('input[name="password"]').attributes('type')).toBe('password');
  });
});
