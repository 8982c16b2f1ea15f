// The DLA programme: its screens are to come (frontend/README.md, "Adding a programme's screens").
import type { Programme } from '@/programmes';

export default {
  id: 'dla',
  title: 'DLA',
  path: '/dla',
  routes: [
    {
      path: '/dla',
      component: () => import('@/shell/ComingSoonPage.vue'),
      meta: { title: 'Dispositif local d’accompagnement (DLA)' },
    },
  ],
} satisfies Programme;
