// One tab's hold on the open draft: what it shows, the stored revision that content started from, and
// whether it has changes not yet saved. It is the only way the Draft view writes a draft, and its rules
// are what keeps two tabs from losing each other's work:
// - a save names its base revision and is refused when another tab saved first or the draft is gone;
//   the tab then holds a conflict and keeps its own content until the user chooses (load the newer
//   version, or keep this one as a copy) — nothing is overwritten and nothing is dropped unasked;
// - when another tab saves (a note on the channel) and this tab has nothing unsaved, it takes the newer
//   version at once and says so; with unsaved changes it holds a conflict instead.
import type { Model } from '@/domain/model-schema';
import type { DraftChannel, DraftMessage } from './draft-channel';
import { createDraft, draftKey, loadDraft, saveDraft, type DraftRecord } from './draft-store';
import type { KeyValueStorage } from './key-value-storage';

export type Conflict = { kind: 'newer'; revision: number } | { kind: 'missing' };

export type SyncEvent =
  /** This tab's content was saved as `revision`. */
  | { type: 'saved'; revision: number; at: string }
  /** A save was refused, or another tab changed the draft while this one had unsaved changes. */
  | { type: 'conflict'; conflict: Conflict }
  /** Another tab saved and this one had nothing unsaved: the newer version is now this tab's content. */
  | { type: 'replaced'; record: DraftRecord }
  /** The draft was deleted elsewhere and this tab had nothing unsaved. */
  | { type: 'removed' };

export interface DraftContent {
  title: string;
  model: Model;
}

export class DraftSync {
  private meta: Omit<DraftRecord, 'revision' | 'model' | 'title' | 'updatedAt'>;
  private base: number;
  private content: DraftContent;
  private unsaved: boolean;
  private held: Conflict | undefined;

  /**
   * Holds `record` as stored. With `unsaved` (content taken back from the journal, say) the tab starts
   * with changes not yet saved, made on top of revision `unsaved.baseRevision`.
   */
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly channel: DraftChannel,
    record: DraftRecord,
    unsaved?: DraftContent & { baseRevision: number },
  ) {
    const { revision, model, title, updatedAt: _updatedAt, ...meta } = record;
    this.meta = meta;
    this.base = unsaved?.baseRevision ?? revision;
    this.content = unsaved ? { title: unsaved.title, model: unsaved.model } : { title, model };
    this.unsaved = unsaved !== undefined;
    this.held = undefined;
  }

  get id(): string {
    return this.meta.id;
  }
  /** The stored revision this tab's content is based on. */
  get revision(): number {
    return this.base;
  }
  get dirty(): boolean {
    return this.unsaved;
  }
  get conflict(): Conflict | undefined {
    return this.held;
  }
  get current(): DraftContent {
    return this.content;
  }

  /** The user changed the content. */
  change(content: DraftContent): void {
    if (content.model === this.content.model && content.title === this.content.title) return;
    this.content = content;
    this.unsaved = true;
  }

  /** Saves unsaved content unless a conflict is held; undefined when there was nothing to do. */
  async save(now: Date): Promise<SyncEvent | undefined> {
    if (!this.unsaved || this.held) return undefined;
    const content = this.content;
    const at = now.toISOString();
    const result = await saveDraft(this.storage, { ...this.meta, ...content, updatedAt: at }, this.base);
    if (!result.ok) {
      this.held = result.conflict === 'newer' ? { kind: 'newer', revision: result.revision } : { kind: 'missing' };
      return { type: 'conflict', conflict: this.held };
    }
    this.base = result.revision;
    // Changes made while the write was under way stay unsaved.
    if (this.content === content) this.unsaved = false;
    this.channel.post({ type: 'saved', id: this.meta.id, revision: result.revision });
    return { type: 'saved', revision: result.revision, at };
  }

  /** A note from another tab. */
  async heard(message: DraftMessage, now: Date): Promise<SyncEvent | undefined> {
    if (message.type === 'saved') {
      if (message.id !== this.meta.id || message.revision <= this.base) return undefined;
      if (this.unsaved || this.held) return this.hold({ kind: 'newer', revision: message.revision });
      const loaded = await loadDraft(this.storage, this.meta.id, now);
      if (!loaded.ok) return loaded.missing ? { type: 'removed' } : undefined;
      if (loaded.record.revision <= this.base) return undefined;
      if (this.unsaved) return this.hold({ kind: 'newer', revision: loaded.record.revision });
      this.take(loaded.record);
      return { type: 'replaced', record: loaded.record };
    }
    if (message.type === 'deleted' && message.id !== this.meta.id) return undefined;
    if (message.type === 'deleted' || message.type === 'cleared') {
      if ((await this.storage.get(draftKey(this.meta.id))) !== undefined) return undefined;
      return this.unsaved || this.held ? this.hold({ kind: 'missing' }) : { type: 'removed' };
    }
    return undefined;
  }

  private hold(conflict: Conflict): SyncEvent {
    // A conflict about a newer revision gives way to one about a deleted draft, not the other way round.
    if (!(this.held?.kind === 'missing' && conflict.kind === 'newer')) this.held = conflict;
    return { type: 'conflict', conflict: this.held ?? conflict };
  }

  private take(record: DraftRecord): void {
    const { revision, model, title, updatedAt: _updatedAt, ...meta } = record;
    this.meta = meta;
    this.base = revision;
    this.content = { title, model };
    this.unsaved = false;
    this.held = undefined;
  }

  /**
   * The user chose to drop this tab's unsaved content and take the stored version. Undefined when the
   * draft is no longer stored (the caller closes it).
   */
  async loadNewer(now: Date): Promise<DraftRecord | undefined> {
    const loaded = await loadDraft(this.storage, this.meta.id, now);
    if (!loaded.ok) return undefined;
    this.take(loaded.record);
    return loaded.record;
  }

  /** The user chose to keep this tab's content as a new draft; returns it (the caller opens it). */
  async keepAsCopy(title: string, now: Date): Promise<DraftRecord> {
    const record = await createDraft(
      this.storage,
      { title, model: this.content.model, ...(this.meta.origin === undefined ? {} : { origin: this.meta.origin }) },
      now,
    );
    this.channel.post({ type: 'saved', id: record.id, revision: record.revision });
    return record;
  }
}
