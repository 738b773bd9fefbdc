// A model's name as a column header or chart caption on a shared screen: the part before the colon
// ("Ånge förslag A" of "Ånge förslag A: Munkforsmodellen med IFO nära barn och unga"); the whole name when
// it has no colon. The narration says what each organisation is.
import type { Model, Text } from '@/domain/model-schema';

export function shortName(model: Model, pick: (text: Text) => string): string {
  const name = pick(model.name);
  const colon = name.indexOf(':');
  return colon > 0 ? name.slice(0, colon) : name;
}
