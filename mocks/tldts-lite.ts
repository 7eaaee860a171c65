/**
 * Stands in for `tldts` inside the mock API's bundle. MSW keeps a cookie jar (tough-cookie), which asks tldts for a
 * host's registrable domain, and tldts carries the whole public-suffix list: 250 KB of the 440 KB MSW chunk and a
 * good part of its start-up time. The mock API sets no cookies, so this naive answer (the last two labels; none for
 * an IP address or a single label) never changes what it serves. Aliased in vite.config.ts.
 */
export function getDomain(hostname: string): string | null {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  const labels = hostname.split('.').filter(Boolean);
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
