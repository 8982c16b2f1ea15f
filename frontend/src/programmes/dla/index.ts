// The DLA programme: structures (search, create, SIRET), a structure's pathway with each step recorded and
// withdrawable, engineerings (individual or collective, participants, completion).
import type { Programme } from '@/programmes';

export default {
  id: 'dla',
  title: 'DLA',
  path: '/dla',
  routes: [
    { path: '/dla', component: () => import('./StructuresPage.vue'), meta: { title: 'Structures DLA' } },
    { path: '/dla/structures/nouvelle', component: () => import('./NewStructurePage.vue'), meta: { title: 'Nouvelle structure' } },
    { path: '/dla/structures/:id', component: () => import('./StructurePage.vue'), meta: { title: 'Structure DLA' } },
    { path: '/dla/ingenieries', component: () => import('./EngineeringsPage.vue'), meta: { title: 'Ingénieries DLA' } },
    { path: '/dla/ingenieries/nouvelle', component: () => import('./NewEngineeringPage.vue'), meta: { title: 'Nouvelle ingénierie' } },
    { path: '/dla/ingenieries/:id', component: () => import('./EngineeringPage.vue'), meta: { title: 'Ingénierie DLA' } },
  ],
} satisfies Programme;
