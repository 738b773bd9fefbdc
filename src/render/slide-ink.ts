// Colours of the slide charts, on white with contrast ≥ 4.5:1 for text and ≥ 3:1 for marks: the whole
// budget (KS and its utskott) in blue, a silo (a committee with its own frame) in brown, and neutral grey
// for what belongs to neither. Meaning never rests on colour alone: every mark is labelled as well.
export const WHOLE = '#1f5f9e';
export const WHOLE_FILL = '#cfe0f1';
export const SILO = '#a34a00';
export const SILO_FILL = '#f6dcc6';
export const NEUTRAL = '#5b6570';
export const NEUTRAL_FILL = '#e3e7eb';
export const BETTER = '#2b6b39';
export const WORSE = '#b3261e';
