// The shell: skip link, header with navigation and language switch, hash routes for every view.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { Route, Router, Switch } from 'wouter';
import { CataloguePage } from '@/features/catalogue/catalogue-page';
import { PresentReturnBanner } from '@/features/present/present-return-banner';
import { keepLinkedDrafts, useModelsWithLinkedDrafts } from '@/storage/linked-drafts';
import { useModelsWithDraft } from '@/storage/published-draft';
import { loadNamespaces, type Namespace } from '@/i18n/catalogue';
import { useI18n } from '@/i18n/language';
import { ErrorBoundary } from './error-boundary';
import { LoadingView } from './loading-view';
import { hrefs, navigate, useHashPath, useHashSearch } from './hash-location';
import { shippedModels } from './shipped-models';

// Each view is its own chunk, loaded when first opened together with the message namespaces its
// components read (src/i18n/catalogue.ts), so the start page loads quickly on an intranet.
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly Namespace[]) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { default: component };
  });
}
const ComparePage = lazyView(() => import('@/features/compare/compare-page').then((m) => m.ComparePage), ['compare']);
const SimulatePage = lazyView(() => import('@/features/simulate/simulate-page').then((m) => m.SimulatePage), ['simulate', 'robustness']);
const ProcessPage = lazyView(() => import('@/features/process/process-page').then((m) => m.ProcessPage), ['process']);
const DraftPage = lazyView(() => import('@/features/draft/draft-page').then((m) => m.DraftPage), ['draft', 'compare', 'storage']);
const AboutPage = lazyView(() => import('@/features/about/about-page').then((m) => m.AboutPage), ['about', 'simulate', 'storage']);
const EvaluatePage = lazyView(() => import('@/features/evaluate/evaluate-page').then((m) => m.EvaluatePage), ['evaluate']);
const PresentPage = lazyView(
  () => import('@/features/present/present-page').then((m) => m.PresentPage),
  ['present', 'simulate', 'process', 'compare', 'robustness'],
);
const ModelPage = lazyView(() => import('@/features/catalogue/model-page').then((m) => m.ModelPage), []);

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
  // Below the width where every link fits in one row (app.css), the links fold into a menu; the language
  // switch stays beside it, always reachable. Opening a page closes the menu.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setMenuOpen(false), [path]);
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
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true" className="menu-icon" />
          {t('app.menu')}
        </button>
        <nav
          id="app-menu"
          aria-label={t('app.nav')}
          className={menuOpen ? 'app-menu open' : 'app-menu'}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
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
