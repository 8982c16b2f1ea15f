// THE place where the application's programmes are listed: each one is a folder under src/programmes/ whose
// index.ts exports a Programme (its title in the navigation, its routes, who sees it). Adding a programme's
// screens = filling in its folder; the navigation and the router follow from this list
// (frontend/README.md).
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from './session/token';
import accompaniment from './programmes/accompaniment';
import dla from './programmes/dla';
import territory from './programmes/territory';
import events from './programmes/events';
import reports from './programmes/reports';
import administration from './programmes/administration';

export interface Programme {
  /** Its key, e.g. `accompaniment`. */
  readonly id: string;
  /** Its name in the navigation, in French. */
  readonly title: string;
  /** Where the navigation leads. */
  readonly path: string;
  /** Only these roles see it (in the navigation, and its routes refuse the others); everyone when absent. */
  readonly roles?: readonly Role[];
  /** Its pages; each route's `meta.title` names the page (the browser tab and the page's heading). */
  readonly routes: readonly RouteRecordRaw[];
}

/** In the navigation's order. */
export const programmes: readonly Programme[] = [accompaniment, dla, territory, events, reports, administration];
