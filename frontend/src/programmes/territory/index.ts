// The Générateur BFC programme: its screens are to come (frontend/README.md, "Adding a programme's screens").
import type { Programme } from '@/programmes';

export default {
  id: 'territory',
  title: 'Générateur BFC',
  path: '/generateur',
  routes: [
    {
      path: '/generateur',
      component: () => import('@/shell/ComingSoonPage.vue'),
      meta: { title: 'Générateur BFC' },
    },
  ],
} satisfies Programme;
