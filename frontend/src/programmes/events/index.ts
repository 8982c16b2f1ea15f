// The Événements programme: its screens are to come (frontend/README.md, "Adding a programme's screens").
import type { Programme } from '@/programmes';

export default {
  id: 'events',
  title: 'Événements',
  path: '/evenements',
  routes: [
    {
      path: '/evenements',
      component: () => import('@/shell/ComingSoonPage.vue'),
      meta: { title: 'Événements' },
    },
  ],
} satisfies Programme;
