// "Gör om till kommunstyrelse med utskott": the panel that turns a committee organisation into a board
// draft in one step (board-conversion.ts). For each nämnd the official chooses: an utskott of its own (with
// its name), the same utskott as another nämnd (IFO with children and youth, say), or keep it as a nämnd.
// One edit, so one undo takes it back.
import { useMemo, useState } from 'react';
import type { Text } from '@/domain/model-schema';
import { useI18n } from '@/i18n/language';
import { canConvertToBoard, convertibleCommittees, convertToBoard, defaultChoices, type CommitteeChoice } from './board-conversion';
import { useDraftEditing } from './draft-context';

export function ConvertToBoard() {
  const { t, pick, lang } = useI18n();
  const { model, edit, announce } = useDraftEditing();
  const committees = useMemo(() => convertibleCommittees(model), [model]);
  const [choices, setChoices] = useState<Record<string, CommitteeChoice>>(() => defaultChoices(model));
  if (!canConvertToBoard(model)) return null;
  const choiceOf = (id: string): CommitteeChoice => choices[id] ?? defaultChoices(model)[id] ?? { kind: 'keep' };
  const set = (id: string, choice: CommitteeChoice) => setChoices((all) => ({ ...all, [id]: choice }));
  const value = (choice: CommitteeChoice) => (choice.kind === 'join' ? `join:${choice.committeeId}` : choice.kind);
  const convert = () => {
    const all = Object.fromEntries(committees.map((c) => [c.id, choiceOf(c.id)]));
    edit(convertToBoard(all));
    announce(t('draft.convert.done'));
    setChoices({});
    document.getElementById('draft-bodies-heading')?.focus();
  };
  return (
    <details className="draft-convert" id="draft-convert">
      <summary>{t('draft.convert.summary')}</summary>
      <p className="help">{t('draft.convert.intro')}</p>
      <table className="draft-convert-table">
        <caption className="visually-hidden">{t('draft.convert.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('draft.convert.committee')}</th>
            <th scope="col">{t('draft.convert.becomes')}</th>
            <th scope="col">{t('draft.convert.name')}</th>
          </tr>
        </thead>
        <tbody>
          {committees.map((committee) => {
            const choice = choiceOf(committee.id);
            const selectId = `draft-convert-${committee.id}`;
            const committeeName = pick(committee.name) || committee.id;
            return (
              <tr key={committee.id}>
                <th scope="row">
                  <label htmlFor={selectId}>{committeeName}</label>
                </th>
                <td>
                  <select
                    id={selectId}
                    value={value(choice)}
                    onChange={(e) => {
                      const next = e.target.value;
                      if (next === 'keep') set(committee.id, { kind: 'keep' });
                      else if (next === 'new') set(committee.id, defaultChoices(model)[committee.id]?.kind === 'new' ? (defaultChoices(model)[committee.id] as CommitteeChoice) : { kind: 'new', name: { ...committee.name } });
                      else set(committee.id, { kind: 'join', committeeId: next.slice(5) });
                    }}
                  >
                    <option value="new">{t('draft.convert.own')}</option>
                    {committees
                      .filter((other) => other.id !== committee.id && choiceOf(other.id).kind === 'new')
                      .map((other) => (
                        <option key={other.id} value={`join:${other.id}`}>
                          {t('draft.convert.join', { name: pickName(choiceOf(other.id), lang) })}
                        </option>
                      ))}
                    <option value="keep">{t('draft.convert.keep')}</option>
                  </select>
                </td>
                <td>
                  {choice.kind === 'new' && (
                    <input
                      type="text"
                      aria-label={t('draft.convert.nameFor', { name: committeeName })}
                      value={lang === 'sv' ? choice.name.sv : choice.name.en}
                      onChange={(e) => set(committee.id, { kind: 'new', name: { ...choice.name, [lang]: e.target.value } })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="draft-button draft-button-primary" onClick={convert}>
        {t('draft.convert.button')}
      </button>
    </details>
  );
}

function pickName(choice: CommitteeChoice, lang: 'sv' | 'en'): string {
  if (choice.kind !== 'new') return '';
  const name: Text = choice.name;
  return lang === 'sv' ? name.sv : name.en || name.sv;
}
