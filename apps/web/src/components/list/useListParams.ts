import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

const PAGING = new Set(['page', 'pageSize']);

/** Page, page size, sort and filters of a list, kept in the URL so a list can be bookmarked and shared. */
export function useListParams(defaults: { pageSize?: number; sort?: string; base?: Record<string, string> } = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(searchParams.get('pageSize')) || defaults.pageSize || 20));
  const sort = searchParams.get('sort') ?? defaults.sort;
  const base = new URLSearchParams(defaults.base).toString();

  /** Everything except paging: what the list and its export are filtered and sorted by. */
  const filterParams = useMemo(() => {
    const params = new URLSearchParams();
    for (const [k, v] of searchParams) if (!PAGING.has(k) && v !== '') params.append(k, v);
    if (sort && !params.has('sort')) params.set('sort', sort);
    for (const [k, v] of new URLSearchParams(base)) if (!params.has(k)) params.set(k, v);
    return params;
  }, [searchParams, sort, base]);

  const queryParams = useMemo(() => {
    const params = new URLSearchParams(filterParams);
    params.set('page', String(page));
    params.set('pageSize', String(pageSize));
    return params;
  }, [filterParams, page, pageSize]);

  const update = useCallback(
    (changes: Record<string, string | undefined>, keepPage = false) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          if (!keepPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const get = useCallback((name: string) => searchParams.get(name) ?? undefined, [searchParams]);

  const hasFilters = [...searchParams.keys()].some((k) => !PAGING.has(k) && k !== 'sort');

  const clearFilters = useCallback(() => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams();
        const keptSort = prev.get('sort');
        if (keptSort) next.set('sort', keptSort);
        const keptSize = prev.get('pageSize');
        if (keptSize) next.set('pageSize', keptSize);
        return next;
      },
      { replace: true },
    );
  }, [setSearchParams]);

  /** Puts a saved set of filters (a query string without paging) in place of the current ones. */
  const applyFilters = useCallback(
    (query: string) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(query);
          const keptSize = prev.get('pageSize');
          if (keptSize) next.set('pageSize', keptSize);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { page, pageSize, sort, get, update, filterParams, queryParams, hasFilters, clearFilters, applyFilters };
}

export type ListParams = ReturnType<typeof useListParams>;
