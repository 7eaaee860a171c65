import { describe, expect, it } from 'vitest';
import { readApiHost } from './api-host';

const page = (meta: string | null) => ({
  querySelector: (selector: string) =>
    meta !== null && selector === 'meta[name="gehu-api"]'
      ? ({ getAttribute: (name: string) => (name === 'content' ? meta : null) } as unknown as Element)
      : null,
});

describe('readApiHost', () => {
  it('is the server when the page carries its meta tag, whatever the build says', () => {
    expect(readApiHost(page('server'), true)).toBe('server');
    expect(readApiHost(page('server'), false)).toBe('server');
  });
  it('is the mock or the backend of the build otherwise', () => {
    expect(readApiHost(page(null), true)).toBe('mock');
    expect(readApiHost(page('other'), true)).toBe('mock');
    expect(readApiHost(page(null), false)).toBe('backend');
    expect(readApiHost(undefined, true)).toBe('mock');
  });
});
