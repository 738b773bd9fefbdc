// The shell: skip link, header with navigation and language switch, hash routes for every view.
import { lazy, Suspense, useCallback } from 'react';
import { Route, Router, Switch } from 'wouter';
import { CataloguePage } from '@/features/catalogue/catalogue-page';
import { ModelPage } from '@/features/catalogue/model-page';
import { PresentReturnBanner } from '@/features/present/present-return-banner';
import { keepLinkedDrafts, useModelsWithLinkedDrafts } from '@/storage/linked-drafts';
import { useModelsWithDraft } from '@/storage/published-draft';
import { useI18n } from '@/render/i18n/language';
import { ErrorBoundary } from './error-boundary';
import { LoadingView } from './loading-view';
import { hrefs, navigate, useHashPath, useHashSearch } from './hash-location';
import { shippedModels } from './shipped-models';

// Each view is its own chunk, loaded when first opened, so the start page loads quickly on an intranet.
const ComparePage = lazy(() => import('@/features/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const SimulatePage = lazy(() => import('@/features/simulate/simulate-page').then((m) => ({ default: m.SimulatePage })));
const ProcessPage = lazy(() => import('@/features/process/process-page').then((m) => ({ default: m.ProcessPage })));
const DraftPage = lazy(() => import('@/features/draft/draft-page').then((m) => ({ default: m.DraftPage })));
const AboutPage = lazy(() => import('@/features/about/about-page').then((m) => ({ default: m.AboutPage })));
const EvaluatePage = lazy(() => import('@/features/evaluate/evaluate-page').then((m) => ({ default: m.EvaluatePage })));
const PresentPage = lazy(() => import('@/features/present/present-page').then((m) => ({ default: m.PresentPage })));

export function App() {
  const { t, lang, setLang } = useI18n();
  const [path] = useHashPath();
  const search = useHashSearch();
  const published = useModelsWithDraft(shippedModels);
  // Drafts carried in the link (and the same drafts as kept in this browser) join the models a view can
  // show; a view that rewrites its link keeps the drafts in it.
  const { models: modelsWithDraft } = useModelsWithLinkedDrafts(published, search);
  const navigateKeepingDrafts = useCallback<typeof navigate>((to, options) => navigate(keepLinkedDrafts(to, location.hash.split('?').slice(1).join('?')), options), []);
  const current = (route: string) => (path === route ? ('page' as const) : undefined);
  // A story being shown fills the window: no app chrome on the stage, nor in the presenter window.
  const showing = /^\/present\/[^/]+\/[^/]+/.test(path);
  return (
    <Router hook={useHashPath} searchHook={useHashSearch} hrefs={hrefs}>
      {!showing && (
        <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-title" href="#/">
          {t('app.title')}
        </a>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <a href="#/" aria-current={current('/')}>
                {t('app.nav.models')}
              </a>
            </li>
            <li>
              <a href="#/compare" aria-current={current('/compare')}>
                {t('app.nav.compare')}
              </a>
            </li>
            <li>
              <a href="#/simulate" aria-current={current('/simulate')}>
                {t('app.nav.simulate')}
              </a>
            </li>
            <li>
              <a href="#/process" aria-current={current('/process')}>
                {t('app.nav.process')}
              </a>
            </li>
            <li>
              <a href="#/draft" aria-current={current('/draft')}>
                {t('app.nav.draft')}
              </a>
            </li>
            <li>
              <a href="#/evaluate" aria-current={current('/evaluate')}>
                {t('app.nav.evaluate')}
              </a>
            </li>
            <li>
              <a href="#/about" aria-current={current('/about')}>
                {t('app.nav.about')}
              </a>
            </li>
            <li>
              <a href="#/present" aria-current={path === '/present' || path.startsWith('/present/') ? 'page' : undefined}>
                {t('app.nav.present')}
              </a>
            </li>
          </ul>
        </nav>
        <button
          type="button"
          className="language-switch"
          lang={lang === 'sv' ? 'en' : 'sv'}
          onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
        >
          {t('app.switchToOther')}
        </button>
      </header>
        </>
      )}
      <main id="main" tabIndex={-1} className={showing ? 'main-show' : undefined}>
        {!showing && <PresentReturnBanner path={path} />}
        <ErrorBoundary lang={lang}>
          <Suspense fallback={<LoadingView />}>
          <Switch>
            <Route path="/">
              <CataloguePage models={shippedModels} />
            </Route>
            <Route path="/compare">
              <ComparePage search={search} navigate={navigateKeepingDrafts} models={modelsWithDraft} />
            </Route>
            <Route path="/simulate">
              <SimulatePage search={search} navigate={navigateKeepingDrafts} models={modelsWithDraft} />
            </Route>
            <Route path="/evaluate">
              <EvaluatePage search={search} navigate={navigate} models={modelsWithDraft} />
            </Route>
            <Route path="/about">
              <AboutPage models={shippedModels} />
            </Route>
            <Route path="/process">
              <ProcessPage search={search} navigate={navigate} models={shippedModels} />
            </Route>
            <Route path="/draft">
              <DraftPage search={search} navigate={navigate} models={shippedModels} />
            </Route>
            <Route path="/present/:story?/:step?/:mode?">
              {(params) => <PresentPage storyId={params.story} step={params.step} mode={params.mode} models={shippedModels} navigate={navigate} />}
            </Route>
            <Route path="/model/:id">
              {(params) => <ModelPage id={params.id} models={modelsWithDraft} />}
            </Route>
            <Route>
              <p>{t('app.notFound')}</p>
              <p>
                <a href="#/">{t('app.backToStart')}</a>
              </p>
            </Route>
          </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
    </Router>
  );
}
