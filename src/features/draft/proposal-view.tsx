// The officials' proposal (DESIGN §11): the case the kommunstyrelse puts on its agenda, made from the
// draft by domain/proposal-builder.ts and drawn here on screen and in print (A4, page numbers from the
// print stylesheet), and saved as a Word file (.docx, the `docx` library loaded only when asked for).
// The controls choose today's organisation to compare with, the start of term the timetable counts back
// from, and let the officials rewrite the proposed decision; the simulated budget process runs in the
// page's workers once the draft stops changing.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import { buildProposal, generatedClauses } from '@/domain/proposal-builder';
import type { ChartKind, ProposalDocument } from '@/domain/proposal-document';
import { isElectionYear, nextTermStart } from '@/domain/reorganisation-timetable';
import type { ValidationResult } from '@/domain/validate-model';
import { layoutAdminTree } from '@/layout/admin-tree-layout';
import { layoutOrgChart } from '@/layout/org-chart-layout';
import { AdminTreeChart } from '@/render/admin-tree-chart';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import { svgToPng } from '@/render/export/svg-export';
import { useI18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { OrgChart } from '@/render/org-chart';
import { computable } from './live-preview';
import { ProposalBlocks } from './proposal-blocks';
import { readProposalSettings, writeProposalSettings, type ProposalSettings } from './proposal-settings';
import { useProposalBudget } from './use-proposal-budget';
import { useSettled } from './use-settled';

/** The document follows the draft once typing pauses this long (it is the slowest thing to make). */
const PROPOSAL_SETTLE_MS = 500;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function isoToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** 1 January after each election from this year on, for the start-of-term choice. */
function termStarts(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const out: string[] = [];
  for (let y = year - 1; out.length < 4; y++) if (isElectionYear(y) && `${y + 1}-01-01` > today) out.push(`${y + 1}-01-01`);
  return out;
}

/** PNG images of the document's charts, painted from their SVGs (for the Word file). */
async function chartImages(article: HTMLElement | null) {
  const images: Partial<Record<ChartKind, { png: Uint8Array; width: number; height: number }>> = {};
  for (const figure of article?.querySelectorAll<HTMLElement>('figure[data-chart]') ?? []) {
    const svg = figure.querySelector<SVGSVGElement>('.chart-viewport svg');
    const kind = figure.dataset.chart as ChartKind;
    if (!svg) continue;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    if (!(width > 0 && height > 0)) continue;
    images[kind] = { png: await svgToPng(svg, { width, height }, 2), width, height };
  }
  return images;
}

export function ProposalView({
  model,
  validation,
  title,
  draftId,
  models,
  today,
  onTodayChange,
}: {
  model: Model;
  validation: ValidationResult;
  title: string;
  draftId: string;
  models: readonly LoadedModel[];
  today: string;
  onTodayChange(id: string): void;
}) {
  const i18n = useI18n();
  const { t, pick, lang } = i18n;
  const [shown, setShown] = useState(false);
  const [settings, setSettings] = useState<ProposalSettings>(() => readProposalSettings(draftId));
  const [message, setMessage] = useState<string | undefined>(undefined);
  const article = useRef<HTMLElement>(null);
  const deferred = useDeferredValue(useSettled(model, PROPOSAL_SETTLE_MS));
  const ok = computable(validation);
  const available = models.flatMap((m) => (m.result.ok ? [m.result.model] : []));
  const todayModel = available.find((m) => m.id === today);
  const date = isoToday();
  const termStart = settings.termStart ?? nextTermStart(date);
  const budget = useProposalBudget(ok ? deferred : undefined, todayModel, ok);
  const update = (next: ProposalSettings) => {
    setSettings(next);
    writeProposalSettings(draftId, next);
  };

  const content = useMemo(() => {
    if (!ok) return undefined;
    try {
      const doc: ProposalDocument = buildProposal({
        model: deferred,
        lang,
        title,
        date,
        termStart,
        ...(todayModel ? { today: todayModel } : {}),
        ...(budget.status === 'done' ? { budget: budget.result } : {}),
        ...(settings.clauses ? { clauses: settings.clauses } : {}),
        errors: validation.errors.length,
      });
      return {
        doc,
        generated: generatedClauses({ model: deferred, lang, termStart, ...(todayModel ? { today: todayModel } : {}) }),
        political: layoutOrgChart(deferred, lang),
        administrative: layoutAdminTree(deferred, lang),
      };
    } catch {
      return undefined;
    }
  }, [ok, deferred, lang, title, date, termStart, todayModel, budget, settings.clauses, validation.errors.length]);

  const name = pick(model.name) || model.id;
  const chart = (kind: ChartKind) =>
    !content ? null : kind === 'political' ? (
      <OrgChart layout={content.political} modelName={name} modelId={model.id || 'utkast'} />
    ) : (
      <AdminTreeChart layout={content.administrative} modelName={name} modelId={model.id || 'utkast'} />
    );

  const saveDocx = async () => {
    if (!content) return;
    setMessage(t('draft.document.working'));
    try {
      const [{ proposalDocx }, images] = await Promise.all([import('@/domain/proposal-docx'), chartImages(article.current)]);
      const bytes = await proposalDocx(content.doc, images);
      const file = fileNameOf(['kommunmodell', model.id || 'utkast', 'forslag'], 'docx');
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), file);
      setMessage(t('draft.document.saved', { file }));
    } catch (error) {
      setMessage(t('draft.document.failed', { reason: String(error instanceof Error ? error.message : error).slice(0, 200) }));
    }
  };

  const clausesText = (settings.clauses ?? content?.generated ?? []).join('\n');
  const headings = content?.doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b] : [])) ?? [];
  return (
    <>
      <section className="draft-screen draft-proposal-controls" aria-labelledby="draft-proposal-controls-heading" id="draft-proposal-controls" tabIndex={-1}>
        <h2 id="draft-proposal-controls-heading">{t('draft.proposal.controls.heading')}</h2>
        <p className="help">{t('draft.proposal.controls.intro')}</p>
        <div className="draft-add">
          <div className="draft-field">
            <label htmlFor="draft-today">{t('draft.proposal.today')}</label>
            <select id="draft-today" value={today} onChange={(e) => onTodayChange(e.target.value)}>
              {available.map((m) => (
                <option key={m.id} value={m.id}>
                  {pick(m.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="draft-field">
            <label htmlFor="draft-term-start">{t('draft.document.termStart')}</label>
            <select id="draft-term-start" value={termStart} aria-describedby="draft-term-start-help" onChange={(e) => update({ ...settings, termStart: e.target.value })}>
              {[...new Set([termStart, ...termStarts(date)])].sort().map((start) => (
                <option key={start} value={start}>
                  {t('draft.document.termStart.option', {
                    date: new Date(`${start}T00:00:00Z`).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
                    year: Number(start.slice(0, 4)) - 1,
                  })}
                </option>
              ))}
            </select>
            <p className="help" id="draft-term-start-help">
              {t('draft.document.termStart.help')}
            </p>
          </div>
          <div className="draft-checkbox">
            <input id="draft-proposal-show" type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            <label htmlFor="draft-proposal-show">{t('draft.proposal.show')}</label>
          </div>
        </div>
        <details className="draft-clauses">
          <summary>{t('draft.document.clauses')}</summary>
          <div className="draft-field draft-field-wide">
            <label htmlFor="draft-clauses-text">{t('draft.document.clauses.label')}</label>
            <textarea
              id="draft-clauses-text"
              rows={8}
              value={clausesText}
              aria-describedby="draft-clauses-help"
              onChange={(e) => update({ ...settings, clauses: e.target.value.split('\n') })}
            />
            <p className="help" id="draft-clauses-help">
              {t('draft.document.clauses.help')}
            </p>
          </div>
          <button
            type="button"
            className="draft-button"
            disabled={settings.clauses === undefined}
            onClick={() => update({ ...(settings.termStart ? { termStart: settings.termStart } : {}) })}
          >
            {t('draft.document.clauses.reset')}
          </button>
        </details>
        <div className="button-group draft-document-buttons">
          <button type="button" className="draft-button draft-button-primary" onClick={() => void saveDocx()} disabled={!content}>
            {t('draft.document.docx')}
          </button>
          <button type="button" className="draft-button" onClick={() => window.print()}>
            {t('draft.document.pdf')}
          </button>
        </div>
        <p role="status" className="draft-toolbar-note">
          {message ?? ''}
        </p>
        {content && (
          <p className="help">
            {budget.status === 'running'
              ? t('draft.document.budget.running')
              : budget.status === 'failed'
                ? t('draft.document.budget.failed')
                : t('draft.document.examples', { count: content.doc.exampleCount })}
          </p>
        )}
      </section>
      <article
        ref={article}
        className={shown ? 'draft-proposal' : 'draft-proposal draft-proposal-print-only'}
        aria-labelledby="proposal-title"
        data-budget={budget.status}
      >
        <header className="proposal-header">
          <p className="proposal-kicker">{content?.doc.kicker ?? t('draft.proposal.kicker', { municipality: model.municipality })}</p>
          <h2 id="proposal-title">{content?.doc.title ?? (title || name)}</h2>
          {content?.doc.meta.map((line, i) => (
            <p key={i} className="proposal-meta">
              {line}
            </p>
          ))}
        </header>
        {headings.length > 0 && (
          <nav className="proposal-index draft-screen-only" aria-label={t('draft.document.index')}>
            <ol>
              {headings.map((h) => (
                <li key={h.id}>
                  <a href={`#proposal-${h.id}`} onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(`proposal-${h.id}`)?.focus();
                  }}>
                    {h.text}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {!content ? <p className="issue issue-warning">{t('draft.preview.stale')}</p> : <ProposalBlocks doc={content.doc} chart={chart} />}
      </article>
    </>
  );
}
