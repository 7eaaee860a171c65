import { useCallback, useMemo } from 'react';
import { useSearchNavigate, useValidatedSearch } from '../../routing/navigation';
import { useTowns } from '../../api/sewers';
import { resolveSewersView, sewersSearch, type SewersView } from './lib/view';
import { sewersSearchSchema } from './search';

/** The sewers page's view from the URL (a town only once it is known to exist), and a setter writing it back. */
export function useSewersView() {
  const search = useValidatedSearch(sewersSearchSchema);
  const navigate = useSearchNavigate();
  const towns = useTowns();
  const view = useMemo(() => resolveSewersView(search, towns.data), [search, towns.data]);
  const setView = useCallback(
    (next: Partial<SewersView>) =>
      navigate((current) => ({ ...current, ...sewersSearch({ ...view, ...next }) }), { replace: true }),
    [navigate, view],
  );
  return { view, setView, towns };
}
