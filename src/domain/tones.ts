/**
 * The colour a change earns (DESIGN §3 v3 "verdicts"), decided on the value as shown: its own module, so that a
 * screen that colours a change of its own (the wall's replay) takes the same rule without the domain's figures.
 */
export const TONES = ['good', 'bad', 'neutral'] as const;
export type Tone = (typeof TONES)[number];

/** A change coloured good or bad lies beyond ±5.0 % as shown. */
const TONE_LIMIT_PCT = 5;

/**
 * The tone of a change as the screens show it, rounded to 0.1 % (half away from zero, as `toFixed` and `Intl` do):
 * below −5.0 % good, above +5.0 % bad, else neutral.
 */
export function changeTone(change: number | null): Tone | null {
  if (change === null) return null;
  const shown = Number((change * 100).toFixed(1));
  return shown < -TONE_LIMIT_PCT ? 'good' : shown > TONE_LIMIT_PCT ? 'bad' : 'neutral';
}
