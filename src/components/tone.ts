/**
 * The desk screens' colour for a served tone (DESIGN §3 v3 "verdicts"): good news green (`fall`: a fall in
 * pollution, a scope at or ahead of plan), bad news red (`rise`), neutral and missing uncoloured.
 */
export const toneClass = (tone: 'good' | 'bad' | 'neutral' | null) =>
  tone === 'good' ? 'fall' : tone === 'bad' ? 'rise' : '';
