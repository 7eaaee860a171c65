import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to the mocked API under /api/v1', () => {
    expect(parseEnv({})).toEqual({ apiBaseUrl: '/api/v1', mocking: true, dataset: 'illustrative' });
  });

  it('switches to a real backend', () => {
    expect(parseEnv({ VITE_API_BASE_URL: 'https://water.example.gov.cn/api/v1/', VITE_API_MOCKING: 'off' })).toEqual({
      apiBaseUrl: 'https://water.example.gov.cn/api/v1',
      mocking: false,
      dataset: 'illustrative',
    });
  });

  it('ships an import as the default dataset', () => {
    expect(parseEnv({ VITE_DATASET: 'imported' })).toMatchObject({ dataset: 'imported' });
  });

  it.each([
    [{ VITE_API_BASE_URL: 'api/v1' }, /VITE_API_BASE_URL: must be an absolute URL or a path/],
    [{ VITE_API_MOCKING: 'no' }, /VITE_API_MOCKING/],
    [{ VITE_DATASET: 'real' }, /VITE_DATASET: must be 'illustrative' or 'imported'/],
  ])('refuses %o with a readable message', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
