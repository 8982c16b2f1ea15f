// Administration (ADMIN): the accounts (opened, disabled, roles, password reset), the DLA's webhook
// subscriptions (secret shown once, delivery log, retry) and the rebuild of the reports' read models with its
// progress.
import type { Programme } from '@/programmes';

export default {
  id: 'administration',
  title: 'Administration',
  path: '/administration',
  roles: ['ADMIN'],
  routes: [
    { path: '/administration', component: () => import('./AdministrationPage.vue'), meta: { title: 'Administration' } },
    { path: '/administration/comptes', component: () => import('./AccountsPage.vue'), meta: { title: 'Comptes' } },
    { path: '/administration/comptes/:username', component: () => import('./AccountPage.vue'), meta: { title: 'Compte' } },
    { path: '/administration/webhooks/:id', component: () => import('./SubscriptionPage.vue'), meta: { title: 'Abonnement webhook' } },
  ],
} satisfies Programme;
