// The validation summary beside the form: whether the draft is valid, then every error and every warning
// with its path and a button that moves focus to the field. Errors and warnings are told apart by their
// heading, sign and word, not by colour alone. Counts are announced politely as they change.
import type { Issue } from '@/domain/validation-issue';
import type { ValidationResult } from '@/domain/validate-model';
import { useI18n } from '@/i18n/language';
import { focusIssueField } from './field-paths';

function IssueItems({ issues, kind }: { issues: readonly Issue[]; kind: 'error' | 'warning' }) {
  const { t, pick } = useI18n();
  return (
    <ul className="draft-issue-list">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${issue.path}-${i}`} className={`issue issue-${kind}`}>
          <span aria-hidden="true" className="issue-sign">
            {kind === 'error' ? '✖' : '⚠'}
          </span>{' '}
          <strong>{t(kind === 'error' ? 'draft.issue.error' : 'draft.issue.warning')}:</strong> {pick(issue.message)}{' '}
          {issue.path !== '' && <code className="issue-path">{issue.path}</code>}{' '}
          <button type="button" className="link-button" onClick={() => focusIssueField(issue.path)}>
            {t('draft.issues.goTo')}
            <span className="visually-hidden"> {issue.path || t('draft.issues.theModel')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function IssuesPanel({ validation }: { validation: ValidationResult }) {
  const { t } = useI18n();
  const { errors, warnings } = validation;
  return (
    <section aria-labelledby="draft-issues-heading" className="draft-issues">
      <h2 id="draft-issues-heading">{t('draft.issues.heading')}</h2>
      <p role="status" className={errors.length > 0 ? 'draft-verdict draft-verdict-invalid' : 'draft-verdict draft-verdict-valid'}>
        <span aria-hidden="true">{errors.length > 0 ? '✖ ' : '✔ '}</span>
        {errors.length > 0
          ? t('draft.issues.invalid', { errors: errors.length, warnings: warnings.length })
          : t('draft.issues.valid', { warnings: warnings.length })}
      </p>
      {errors.length > 0 && (
        <>
          <h3>{t('draft.issues.errors')}</h3>
          <IssueItems issues={errors} kind="error" />
        </>
      )}
      {warnings.length > 0 && (
        <details className="draft-warnings" open={errors.length === 0 || undefined}>
          <summary>{t('draft.issues.warnings', { count: warnings.length })}</summary>
          <IssueItems issues={warnings} kind="warning" />
        </details>
      )}
    </section>
  );
}
