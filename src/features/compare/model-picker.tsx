// Chooses the two or three organisations to compare, one select per place in the order shown.
// The choice lives in the URL; this only reports a new list of ids.
import type { Model } from '@/domain/model-schema';
import { useI18n } from '@/i18n/language';
import { chooseModel, MAX_MODELS } from './compare-query';

export function ModelPicker({
  chosen,
  available,
  onChange,
}: {
  chosen: readonly string[];
  available: readonly Model[];
  onChange(models: string[]): void;
}) {
  const { t, pick } = useI18n();
  const slots = Array.from({ length: MAX_MODELS }, (_, i) => i);
  return (
    <fieldset className="model-picker">
      <legend>{t('compare.picker.legend')}</legend>
      <div className="picker-slots">
        {slots.map((slot) => {
          const id = `compare-model-${slot + 1}`;
          return (
            <div key={slot} className="picker-slot">
              <label htmlFor={id}>{t('compare.picker.slot', { n: slot + 1 })}</label>
              <select
                id={id}
                value={chosen[slot] ?? ''}
                onChange={(event) => onChange(chooseModel(chosen, slot, event.target.value))}
              >
                <option value="">{t('compare.picker.none')}</option>
                {available.map((model) => (
                  <option key={model.id} value={model.id}>
                    {pick(model.name)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <p className="help">{t('compare.picker.help')}</p>
    </fieldset>
  );
}
