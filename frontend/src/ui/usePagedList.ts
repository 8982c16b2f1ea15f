// A list paged and searched on the server (docs/api.md: `?page=0&size=50` answering
// `{items, page, size, total}`), its page and search kept in the address so that Back and a shared link show
// the same page. The page's `load` calls the API with them.
import { reactive, ref, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { messageOf } from '@/api/problem';

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export function usePagedList<T, F extends Record<string, string>>(
  load: (page: number, size: number, filters: F) => Promise<Page<T>>,
  options: { size?: number; filters: F },
) {
  const route = useRoute();
  const router = useRouter();
  const size = options.size ?? 20;
  const filterNames = Object.keys(options.filters) as (keyof F & string)[];

  const fromQuery = (query: LocationQuery): { page: number; filters: F } => {
    const filters = { ...options.filters };
    for (const name of filterNames) {
      const value = query[name];
      (filters as Record<string, string>)[name] = typeof value === 'string' ? value : '';
    }
    const page = Number.parseInt(String(query.page ?? '1'), 10);
    return { page: Number.isFinite(page) && page > 0 ? page - 1 : 0, filters };
  };

  const initial = fromQuery(route.query);
  /** The search fields being typed (applied by `search()`). */
  const filters = reactive({ ...initial.filters }) as F;
  const state = reactive({
    items: [] as T[],
    page: initial.page,
    total: 0,
    loading: false,
    error: '',
    /** The filters of the list shown. */
    applied: { ...initial.filters } as F,
  });
  const requestCount = ref(0);

  async function reload(): Promise<void> {
    const request = ++requestCount.value;
    state.loading = true;
    state.error = '';
    try {
      const answer = await load(state.page, size, state.applied as F);
      if (request === requestCount.value) {
        state.items = answer.items as typeof state.items;
        state.total = answer.total;
      }
    } catch (error) {
      if (request === requestCount.value) {
        state.error = messageOf(error);
        state.items = [];
        state.total = 0;
      }
    } finally {
      if (request === requestCount.value) {
        state.loading = false;
      }
    }
  }

  function toQuery(page: number, applied: F): Record<string, string> {
    const query: Record<string, string> = {};
    for (const name of filterNames) {
      if (applied[name]) query[name] = applied[name];
    }
    if (page > 0) query.page = String(page + 1);
    return query;
  }

  /** Applies the search fields, from the first page. */
  function search(): void {
    void router.push({ query: toQuery(0, { ...filters }) });
  }

  function goTo(page: number): void {
    void router.push({ query: toQuery(page, state.applied as F) });
  }

  watch(
    () => route.query,
    (query) => {
      const next = fromQuery(query);
      state.page = next.page;
      state.applied = next.filters as typeof state.applied;
      Object.assign(filters, next.filters);
      void reload();
    },
  );
  void reload();

  return { state, filters, size, search, goTo, reload };
}
