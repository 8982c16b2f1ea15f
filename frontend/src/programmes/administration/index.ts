// Administration (ADMIN): webhook subscriptions and the rebuild of the read models; its screens are to come
// (frontend/README.md, "Adding a programme's screens").
import type { Programme } from '@/programmes';

export default {
  id: 'administration',
  title: 'Administration',
  path: '/administration',
  roles: ['ADMIN'],
  routes: [
    {
      path: '/administration',
      component: () => import('@/shell/ComingSoonPage.vue'),
      meta: { title: 'Administration' },
    },
  ],
} satisfies Programme;
