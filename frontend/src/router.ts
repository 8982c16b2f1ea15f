// The routes: `/` opens the reports, every programme adds its own (src/programmes.ts). History mode: the
// gateway answers index.html for every page path (gateway's SinglePageApplication). After each navigation,
// the tab's title names the page and the focus goes to its heading (screen readers hear the new page).
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { nextTick } from 'vue';
import { programmes } from './programmes';
import { hasAnyRole } from './session/roles';
import { isLoggedIn } from './session/session';
import type { Role } from './session/token';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name (tab title). */
    title?: string;
    /** Only these roles may open it. */
    roles?: readonly Role[];
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/rapports' },
  ...programmes.flatMap((programme) =>
    programme.routes.map((route) => ({
      ...route,
      meta: { ...(programme.roles ? { roles: programme.roles } : {}), ...route.meta },
    })) as RouteRecordRaw[],
  ),
  {
    path: '/mon-compte',
    component: () => import('./account/OwnAccountPage.vue'),
    meta: { title: 'Mon compte' },
  },
  {
    path: '/acces-refuse',
    component: () => import('./shell/ForbiddenPage.vue'),
    meta: { title: 'Accès refusé' },
  },
  {
    path: '/:unknown(.*)*',
    component: () => import('./shell/NotFoundPage.vue'),
    meta: { title: 'Page introuvable' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach((to) => {
  const roles = to.meta.roles;
  // before logging in, the login page covers every page; App.vue navigates again once logged in
  if (roles && isLoggedIn.value && !hasAnyRole(roles)) {
    return { path: '/acces-refuse', query: { page: to.fullPath }, replace: true };
  }
  return true;
});

router.afterEach(async (to, from) => {
  document.title = to.meta.title ? `${to.meta.title} — PES 21` : 'PES 21';
  if (from.matched.length > 0 && to.path !== from.path) {
    await nextTick();
    // the page's heading, once the lazily loaded page is there
    setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
  }
});
