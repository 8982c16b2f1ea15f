// Création / accompagnement: projects (list and search), a new project with its holders, a project's history
// with its meetings, creation, post-creation reviews and closure, each withdrawable.
import type { Programme } from '@/programmes';

export default {
  id: 'accompaniment',
  title: 'Création / accompagnement',
  path: '/accompagnement',
  routes: [
    {
      path: '/accompagnement',
      component: () => import('./ProjectsPage.vue'),
      meta: { title: 'Projets accompagnés' },
    },
    {
      path: '/accompagnement/nouveau',
      component: () => import('./NewProjectPage.vue'),
      meta: { title: 'Nouveau projet' },
    },
    {
      path: '/accompagnement/projets/:id',
      component: () => import('./ProjectPage.vue'),
      meta: { title: 'Projet' },
    },
  ],
} satisfies Programme;
