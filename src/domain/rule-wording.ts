// What the cross-reference rules share: their findings, and the words they use for bodies and ids in
// Swedish and English.
import { type LooseBody } from './loose-model';
import { type BodyKind, type Text } from './model-schema';
import { type Issue } from './validation-issue';

export interface RuleFindings {
  errors: Issue[];
  warnings: Issue[];
}


export const KIND_NAMES: Record<BodyKind, Text> = {
  council: { sv: 'kommunfullmäktige', en: 'council' },
  executiveBoard: { sv: 'kommunstyrelse', en: 'executive board' },
  committee: { sv: 'nämnd', en: 'committee' },
  subcommittee: { sv: 'utskott', en: 'subcommittee' },
  draftingCommittee: { sv: 'beredning', en: 'drafting committee' },
  electionCommittee: { sv: 'valnämnd', en: 'election committee' },
};

export const NAME_PREVIEW = 60;

/** What a reader calls a body in a message: its name ("Kommunstyrelsen"), or its id only while it has none. */
export function bodyLabel(body: LooseBody): Text {
  return nameLabel(body);
}

export function kindOf(body: LooseBody): Text {
  return body.kind ? KIND_NAMES[body.kind] : { sv: 'okänd typ', en: 'unknown kind' };
}

export function quote(id: string): string {
  return `\`${id.length > NAME_PREVIEW ? `${id.slice(0, NAME_PREVIEW)}…` : id}\``;
}

export const COMMITTEE_LIKE_KINDS: ReadonlySet<BodyKind> = new Set(['executiveBoard', 'committee', 'electionCommittee']);


export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a reader calls a body or unit: its name, or its id in backticks when it has no name yet. */
export function nameLabel(item: { id?: string; path: string; nameSv?: string; nameEn?: string }): Text {
  const fallback = quote(item.id ?? item.path);
  const sv = item.nameSv?.trim() ? item.nameSv.trim().slice(0, NAME_PREVIEW) : fallback;
  const en = item.nameEn?.trim() ? item.nameEn.trim().slice(0, NAME_PREVIEW) : sv;
  return { sv, en };
}
