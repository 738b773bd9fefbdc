// "Handout (PDF)": waits until every figure of the story is computed, then builds the handout
// (handout-make.tsx, loaded only now, with pdf-lib and the font) and saves it. Says what it is doing and,
// if the handout cannot be made, says so in plain words; the show goes on either way.
import { useState } from 'react';
import type { LoadedStory } from '@/domain/validate-story';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import { useI18n } from '@/i18n/language';
import { requestStepYears, type FigureWorld } from './story-figures';
import { whenIdle } from './story-runs';

export function HandoutButton({ story, world }: { story: LoadedStory; world: FigureWorld }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const make = async () => {
    setState('busy');
    try {
      for (const entry of story.steps) if (entry.ok) requestStepYears(entry.step, world);
      await whenIdle();
      const { makeHandout } = await import('./handout-make');
      const bytes = await makeHandout(story, world, i18n);
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileNameOf([pick(story.title)], 'pdf'));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void make()} disabled={state === 'busy'}>
        {state === 'busy' ? t('handout.busy') : t('handout.button')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="handout-failed">
          {t('handout.failed')}
        </span>
      )}
    </>
  );
}
