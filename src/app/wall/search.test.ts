import { describe, expect, it } from 'vitest';
import { wallSearchSchema, wallSettings } from './search';

const settings = (search: Record<string, unknown>) => wallSettings(wallSearchSchema.parse(search));

describe('wall settings from the URL', () => {
  it('rotates every 20 s, refreshes every 60 s and does not replay by default', () => {
    expect(settings({})).toEqual({ rotateSeconds: 20, refreshSeconds: 60, replay: false });
  });

  it('takes whole seconds, 0 turning rotation or refresh off, and replay=1', () => {
    expect(settings({ rotate: 1, refresh: 2, replay: 1 })).toEqual({
      rotateSeconds: 1,
      refreshSeconds: 2,
      replay: true,
    });
    expect(settings({ rotate: 0, refresh: 0, replay: true })).toEqual({
      rotateSeconds: 0,
      refreshSeconds: 0,
      replay: true,
    });
  });

  it.each([
    ['negative', { rotate: -5, refresh: -1 }],
    ['fractional', { rotate: 0.5, refresh: 1.5 }],
    ['text', { rotate: 'fast', refresh: 'often' }],
    ['absurdly long', { rotate: 99_999, refresh: 999_999 }],
  ])('falls back to the defaults for %s values', (_, search) => {
    expect(settings(search)).toMatchObject({ rotateSeconds: 20, refreshSeconds: 60 });
  });

  it.each([0, 2, 'yes', false])('does not replay for replay=%s', (replay) => {
    expect(settings({ replay }).replay).toBe(false);
  });
});
