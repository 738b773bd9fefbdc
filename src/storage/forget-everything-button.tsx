// The button "Ta bort allt jag sparat i den här webbläsaren", with its explanation and a second, explicit
// confirmation; shown on the Draft and About pages. Says when it is done, or why it failed.
import { useState } from 'react';
import { useI18n } from '@/render/i18n/language';
import { forgetEverything } from './forget-everything';
import { storageFailureOf, storageFailureText } from './storage-failure';
import './forget-everything.css';

export function ForgetEverything({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, pick } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const run = async () => {
    setConfirming(false);
    try {
      await forgetEverything();
      setOutcome({ ok: true, text: t('storage.forget.done') });
    } catch (error) {
      setOutcome({ ok: false, text: t('storage.forget.failed', { reason: pick(storageFailureText(storageFailureOf(error))) }) });
    }
  };
  return (
    <section aria-labelledby="forget-everything-heading" className="forget-everything">
      <Heading id="forget-everything-heading">{t('storage.forget.heading')}</Heading>
      <p>{t('storage.forget.help')}</p>
      {!confirming ? (
        <button type="button" className="forget-button" onClick={() => setConfirming(true)}>
          {t('storage.forget.button')}
        </button>
      ) : (
        <div role="group" aria-label={t('storage.forget.group')} className="forget-confirm">
          <p>{t('storage.forget.confirm')}</p>
          <button type="button" className="forget-button" autoFocus onClick={() => void run()}>
            {t('storage.forget.yes')}
          </button>{' '}
          <button type="button" className="forget-button forget-button-plain" onClick={() => setConfirming(false)}>
            {t('storage.forget.no')}
          </button>
        </div>
      )}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'issue issue-error'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
