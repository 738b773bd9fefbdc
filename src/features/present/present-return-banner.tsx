// Shown above every other view while a story's step is open live ("Utforska"): a link back to the step
// of the presentation, and a button to dismiss it. The app shell renders it; it reads the step kept by
// present-return.ts and is hidden on the Present view itself.
import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/language';
import { forgetReturn, readReturn, type PresentReturn } from './present-return';
import { presentPath } from './story-urls';
import './present.css';

export function PresentReturnBanner({ path }: { path: string }) {
  const { t, pick } = useI18n();
  const [target, setTarget] = useState<PresentReturn | undefined>(readReturn);
  useEffect(() => setTarget(readReturn()), [path]);
  if (target === undefined || path === '/present' || path.startsWith('/present/')) return null;
  return (
    <aside className="present-return" aria-label={t('present.return.label')}>
      <a href={`#${presentPath(target.storyId, target.step)}`}>
        <span aria-hidden="true">← </span>
        {t('present.return.link')}
      </a>
      <span className="present-return-where">{t('present.return.where', { title: pick(target.storyTitle), step: target.step })}</span>
      <button
        type="button"
        onClick={() => {
          forgetReturn();
          setTarget(undefined);
        }}
      >
        {t('present.return.dismiss')}
      </button>
    </aside>
  );
}
