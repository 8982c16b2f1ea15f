// Administration (ADMIN): the DLA's webhook subscriptions (secret shown once, delivery log, retry) and the
// rebuild of the reports' read models with its progress.
import type { Programme } from '@/programmes';

export default {
  id: 'administration',
  title: 'Administration',
  path: '/administration',
  roles: ['ADMIN'],
  routes: [
    { path: '/administration', component: () => import('./AdministrationPage.vue'), meta: { title: 'Administration' } },
    { path: '/administration/webhooks/:id', component: () => import('./SubscriptionPage.vue'), meta: { title: 'Abonnement webhook' } },
  ],
} satisfies Programme;
