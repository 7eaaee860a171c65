import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTowns } from '../../api/sewers';
import { resolveSewersView, sewersSearch, type SewersView } from './lib/view';

/** The sewers page's view from the URL (a town only once it is known to exist), and a setter writing it back. */
export function useSewersView() {
  const search = useSearch({ from: '/_desk/sewers' });
  const navigate = useNavigate({ from: '/sewers' });
  const towns = useTowns();
  const view = useMemo(() => resolveSewersView(search, towns.data), [search, towns.data]);
  const setView = useCallback(
    (next: Partial<SewersView>) =>
      void navigate({ search: (prev) => ({ ...prev, ...sewersSearch({ ...view, ...next }) }), replace: true }),
    [navigate, view],
  );
  return { view, setView, towns };
}
