import { describe, expect, it } from 'vitest';
import { wallSearchSchema, wallSettings } from './search';

const settings = (search: Record<string, unknown>) => wallSettings(wallSearchSchema.parse(search));

describe('wall settings from the URL', () => {
  it('rotates every 20 s, refreshes every 60 s and does not replay by default', () => {
    expect(settings({})).toEqual({ rotateSeconds: 20, refreshSeconds: 60, replay: false, replayFrom: null });
  });

  it('takes whole seconds, 0 turning rotation or refresh off, and replay=1', () => {
    expect(settings({ rotate: 1, refresh: 2, replay: 1 })).toEqual({
      rotateSeconds: 1,
      refreshSeconds: 2,
      replay: true,
      replayFrom: null,
    });
    expect(settings({ rotate: 0, refresh: 0, replay: true })).toEqual({
      rotateSeconds: 0,
      refreshSeconds: 0,
      replay: true,
      replayFrom: null,
    });
  });

  it('replays from a day given as replay=YYYY-MM-DD, a day in Shanghai', () => {
    // 2023-10-01 00:00 in Shanghai is 2023-09-30 16:00 UTC
    expect(settings({ replay: '2023-10-01' })).toMatchObject({ replay: true, replayFrom: Date.UTC(2023, 8, 30, 16) });
    expect(settings({ replay: '2023-13-45' })).toMatchObject({ replay: true, replayFrom: null });
  });

  it.each([
    ['negative', { rotate: -5, refresh: -1 }],
    ['fractional', { rotate: 0.5, refresh: 1.5 }],
    ['text', { rotate: 'fast', refresh: 'often' }],
    ['absurdly long', { rotate: 99_999, refresh: 999_999 }],
  ])('falls back to the defaults for %s values', (_, search) => {
    expect(settings(search)).toMatchObject({ rotateSeconds: 20, refreshSeconds: 60 });
  });

  it.each([0, 2, 'yes', false, '2023-10'])('does not replay for replay=%s', (replay) => {
    expect(settings({ replay }).replay).toBe(false);
  });
});
