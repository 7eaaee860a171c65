import { asOfParts, type Meta } from '../api/meta';
import { useTranslation } from '../i18n/react';

/**
 * "Data as of …" for a header: one time when both parts end together, else each part's own
 * (水质截至 2021-04-05 08:00 · 管网截至 2024-03). `format` writes a time the way its header does; `bare` leaves
 * "as of" to a label beside it.
 */
export function AsOf({ meta, format, bare = false }: { meta: Meta; format: (ms: number) => string; bare?: boolean }) {
  const { t } = useTranslation();
  const asOf = asOfParts(meta);
  if (asOf.kind === 'one') return bare ? format(asOf.asOf) : t('app.asOf', { date: format(asOf.asOf) });
  return t(bare ? 'app.asOfPartsBare' : 'app.asOfParts', { water: format(asOf.water), sewers: asOf.sewers });
}
