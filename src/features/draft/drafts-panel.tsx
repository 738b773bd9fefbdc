// The user's saved drafts: switch between them, rename the open one, start a new one from a shipped
// organisation or from scratch, delete one (after a second, explicit confirmation), and see, download or
// delete anything that was set aside because it could not be read.
import { useState } from 'react';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import { useI18n } from '@/render/i18n/language';
import type { LoadedModel } from '@/render/loaded-model';
import { deleteQuarantined, readQuarantined } from '@/storage/draft-store';
import type { DraftSession } from './use-draft-session';

const BLANK = '';

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

export function NewDraftControls({ session, models }: { session: DraftSession; models: readonly LoadedModel[] }) {
  const { t, pick } = useI18n();
  const available = models.flatMap((m) => (m.result.ok ? [m.result.model] : []));
  const [source, setSource] = useState<string>(available.find((m) => m.id === 'munkfors')?.id ?? BLANK);
  return (
    <div className="draft-add" role="group" aria-label={t('draft.drafts.newGroup')}>
      <div className="draft-field">
        <label htmlFor="draft-new-from">{t('draft.drafts.newFrom')}</label>
        <select id="draft-new-from" value={source} onChange={(e) => setSource(e.target.value)}>
          <option value={BLANK}>{t('draft.drafts.blank')}</option>
          {available.map((m) => (
            <option key={m.id} value={m.id}>
              {pick(m.name)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="draft-button" onClick={() => void session.createFrom(source)}>
        {t('draft.drafts.create')}
      </button>
    </div>
  );
}

export function DraftsPanel({ session, models }: { session: DraftSession; models: readonly LoadedModel[] }) {
  const { t, pick, lang } = useI18n();
  const { state, drafts, setAside } = session;
  const [confirming, setConfirming] = useState(false);
  const open = state.phase === 'open' ? state.meta : undefined;
  const time = (iso: string) =>
    iso ? new Date(iso).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }) : '–';
  return (
    <section aria-labelledby="draft-drafts-heading" className="draft-drafts">
      <h2 id="draft-drafts-heading">{t('draft.drafts.heading')}</h2>
      {open && (
        <div className="draft-drafts-row">
          <div className="draft-field">
            <label htmlFor="draft-open">{t('draft.drafts.open')}</label>
            <select id="draft-open" value={open.id} onChange={(e) => session.switchTo(e.target.value)}>
              {drafts.map((d) => (
                <option key={d.id} value={d.id}>
                  {t('draft.drafts.option', { title: d.title || t('draft.drafts.untitled'), time: time(d.updatedAt) })}
                </option>
              ))}
              {!drafts.some((d) => d.id === open.id) && <option value={open.id}>{open.title}</option>}
            </select>
          </div>
          <div className="draft-field draft-field-wide">
            <label htmlFor="draft-title">{t('draft.drafts.title')}</label>
            <input id="draft-title" type="text" value={open.title} onChange={(e) => session.rename(e.target.value)} />
          </div>
          <div className="draft-delete">
            {!confirming ? (
              <button type="button" className="draft-button draft-button-danger" onClick={() => setConfirming(true)}>
                {t('draft.drafts.delete')}
              </button>
            ) : (
              <div role="group" aria-label={t('draft.drafts.confirmGroup')} className="draft-confirm">
                <p>{t('draft.drafts.confirm', { title: open.title || t('draft.drafts.untitled') })}</p>
                <button
                  type="button"
                  className="draft-button draft-button-danger"
                  autoFocus
                  onClick={() => {
                    setConfirming(false);
                    void session.remove(open.id);
                  }}
                >
                  {t('draft.drafts.confirmYes')}
                </button>{' '}
                <button type="button" className="draft-button" onClick={() => setConfirming(false)}>
                  {t('draft.drafts.confirmNo')}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
      <NewDraftControls session={session} models={models} />
      {setAside.length > 0 && (
        <details className="draft-set-aside">
          <summary>{t('draft.setAside.summary', { count: setAside.length })}</summary>
          <p className="help">{t('draft.setAside.help')}</p>
          <ul>
            {setAside.map((item) => (
              <li key={item.key}>
                <code>{item.originalKey}</code> ({time(item.setAsideAt)}): {pick(item.reason)}{' '}
                <button
                  type="button"
                  className="draft-button draft-button-small"
                  onClick={async () => {
                    const value = await readQuarantined(await session.storage(), item.key);
                    downloadBlob(new Blob([safeJson(value)], { type: 'application/json' }), fileNameOf(['kommunmodell', 'undanlagt', item.originalKey], 'json'));
                  }}
                >
                  {t('draft.setAside.download')}
                </button>{' '}
                <button
                  type="button"
                  className="draft-button draft-button-small draft-button-danger"
                  onClick={async () => {
                    const store = await session.storage();
                    await deleteQuarantined(store, item.key);
                    await session.refreshList(store);
                  }}
                >
                  {t('draft.setAside.delete')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
