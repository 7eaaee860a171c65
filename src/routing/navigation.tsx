import { createContext, use, useCallback, useMemo, type ComponentProps } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type * as z from 'zod/mini';
import { carriedOver, parseSearch, readSearch, stringifySearch, type SearchValues } from './search';

/**
 * How pages read and write the URL: the search params as values, validated by the page's own schema; a change of
 * view written back into them; links that carry the language and the mock scenario over and start the next page's
 * code and data when the pointer or focus comes to them.
 */

/** Starts what a path needs (its page's code, its data) before it is navigated to: given by `AppRoutes`. */
export const PreloadContext = createContext<(path: string) => void>(() => undefined);

/** The current search params, every one of them, as values. */
export function useSearchValues(): SearchValues {
  const search = useSearch();
  return useMemo(() => parseSearch(search), [search]);
}

/** The current search params as `schema` reads them (`readSearch`). */
export function useValidatedSearch<T>(schema: z.ZodMiniType<T>): T {
  const values = useSearchValues();
  return useMemo(() => readSearch(schema, values), [schema, values]);
}

/** Writes new search params on the current page: `update` gets every current one and returns them all. */
export function useSearchNavigate() {
  const [path, navigate] = useLocation();
  const values = useSearchValues();
  return useCallback(
    (update: (current: SearchValues) => SearchValues, options: { replace?: boolean } = {}) =>
      navigate(path + stringifySearch(update(values)), options),
    [navigate, path, values],
  );
}

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  to: string;
  /** Search params for the target, besides the language and mock scenario carried over. */
  search?: SearchValues;
  /** Marks the link `aria-current="page"` while its path is the page shown (the navigation). */
  markCurrent?: boolean;
};

/** A link within the app. */
export function AppLink({ to, search, markCurrent, onPointerEnter, onFocus, ...anchor }: AppLinkProps) {
  const [path] = useLocation();
  const href = to + stringifySearch({ ...carriedOver(useSearchValues()), ...search });
  const preload = use(PreloadContext);
  return (
    <Link
      {...anchor}
      href={href}
      aria-current={markCurrent && path === to ? 'page' : undefined}
      onPointerEnter={(event) => {
        preload(href);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        preload(href);
        onFocus?.(event);
      }}
    />
  );
}
