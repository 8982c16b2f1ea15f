// Événements: the agenda by month, a new event of any kind, an event's registrations with its waiting list (at
// the door on a phone), held, attendance, cancellation.
import type { Programme } from '@/programmes';

export default {
  id: 'events',
  title: 'Événements',
  path: '/evenements',
  routes: [
    { path: '/evenements', component: () => import('./AgendaPage.vue'), meta: { title: 'Agenda des événements' } },
    { path: '/evenements/nouveau', component: () => import('./NewEventPage.vue'), meta: { title: 'Nouvel événement' } },
    { path: '/evenements/:id', component: () => import('./EventPage.vue'), meta: { title: 'Événement' } },
  ],
} satisfies Programme;
