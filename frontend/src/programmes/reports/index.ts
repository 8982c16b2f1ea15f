// Rapports: the activity report's figures by programme, live, compared with the previous year, charted over the
// years, and the CSV download. Replaces the gateway's former dashboard.
import type { Programme } from '@/programmes';

export default {
  id: 'reports',
  title: 'Rapports',
  path: '/rapports',
  routes: [
    {
      path: '/rapports/:year(\\d{4})?',
      component: () => import('./ReportsPage.vue'),
      meta: { title: 'Rapports' },
    },
  ],
} satisfies Programme;
