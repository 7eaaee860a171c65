import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts-lite';

describe('tldts-lite getDomain', () => {
  it.each([
    ['127.0.0.1', null],
    ['::1', null],
    ['localhost', null],
    ['water.example.com', 'example.com'],
    ['example.com', 'example.com'],
  ])('%s → %s', (host, domain) => {
    expect(getDomain(host)).toBe(domain);
  });
});
