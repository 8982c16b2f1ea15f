// Générateur BFC: territories with their needs, initiatives with their stage as a progress line, the stage moves
// the rules allow, milestones, steering meetings, jobs at launch.
import type { Programme } from '@/programmes';

export default {
  id: 'territory',
  title: 'Générateur BFC',
  path: '/generateur',
  routes: [
    { path: '/generateur', component: () => import('./TerritoriesPage.vue'), meta: { title: 'Générateur BFC' } },
    { path: '/generateur/territoires/nouveau', component: () => import('./NewTerritoryPage.vue'), meta: { title: 'Nouveau territoire' } },
    { path: '/generateur/territoires/:id', component: () => import('./TerritoryPage.vue'), meta: { title: 'Territoire' } },
    { path: '/generateur/initiatives/:id', component: () => import('./InitiativePage.vue'), meta: { title: 'Initiative' } },
  ],
} satisfies Programme;
