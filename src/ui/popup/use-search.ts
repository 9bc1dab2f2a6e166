/**
 * The search index, built once per popup (the popup holds it, not the Search panel, which is
 * unmounted with its tab): in an idle moment after the first paint, or on the
 * first query if that comes sooner. Building takes tens of milliseconds, too long to hold up
 * the popup's opening.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { Areas } from '../../core/areas';
import type { AppData } from '../../core/data/load';
import { makeSearchIndex, type SearchHit, type SearchIndex } from '../../core/search';

const RESULT_LIMIT = 30;

export function useSearch({ gazetteer, directory }: AppData, areas: Areas): (query: string) => SearchHit[] {
  const index = useRef<SearchIndex | null>(null);
  const build = useCallback(() => {
    if (!index.current) {
      const start = performance.now();
      index.current = makeSearchIndex(gazetteer, directory, areas.list);
      // Read by the end-to-end tests, which report how long the build took in the real popup.
      performance.measure('hketo-lens:search-index', { start });
    }
    return index.current;
  }, [gazetteer, directory, areas]);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => build(), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(build, 50);
    return () => clearTimeout(id);
  }, [build]);
  return useCallback((query: string) => (query.trim() ? build().search(query, RESULT_LIMIT) : []), [build]);
}
