import { defineComponent, h, ref } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import App from '@/App.vue';
import { json, token } from '@/test/tokens';
import { currentToken, logOut, restore, session } from './session';

// a page with a half-filled form
const Page = defineComponent({
  setup() {
    const name = ref('');
    return () =>
      h('main', [h('h1', 'Nouveau projet'), h('label', { for: 'name' }, 'Nom'), h('input', {
        id: 'name',
        value: name.value,
        onInput: (event: Event) => (name.value = (event.target as HTMLInputElement).value),
      })]);
  },
});

describe('the token\'s expiry', () => {
  let fetch: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await logOut();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('brings the login dialog over the page, which keeps what was typed, and the page goes on after logging in', async () => {
    sessionStorage.setItem('pes21.session', JSON.stringify({ accessToken: token('ada', ['ADMIN'], 3600) }));
    restore();
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Page }] });
    await router.push('/');
    const app = mount(App, { global: { plugins: [router] }, attachTo: document.body });
    await flushPromises();
    await app.find('#name').setValue('Épicerie solidaire');

    // the token is found expired when the page next needs it
    sessionStorage.setItem('pes21.session', JSON.stringify({ accessToken: token('ada', ['ADMIN'], -1) }));
    restore();
    const waiting = currentToken();
    await flushPromises();

    expect(session.promptOpen).toBe(true);
    expect(app.find('dialog #relogin-username').exists()).toBe(true);
    expect((app.find('#name').element as HTMLInputElement).value).toBe('Épicerie solidaire');

    const renewed = token('ada', ['ADMIN'], 1800);
    fetch.mockResolvedValueOnce(json(200, { access_token: renewed, token_type: 'Bearer', expires_in: 1800 }));
    await app.find('#relogin-password').setValue('secret');
    await app.find('dialog form').trigger('submit');
    await flushPromises();

    await expect(waiting).resolves.toBe(renewed);
    expect(session.promptOpen).toBe(false);
    expect((app.find('#name').element as HTMLInputElement).value).toBe('Épicerie solidaire');
  });
});
