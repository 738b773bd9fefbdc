// Language state for the UI: Swedish by default, English as the second language. `t` looks up the
// catalogue (catalogue.ts: namespaces, parameters, plural forms); `pick` chooses a model file's {sv, en}
// text; numbers are formatted the Swedish or English way (Intl, sv-SE / en-GB).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Language, type MessageKey, type MessageParams } from './catalogue';

export { translate };
export type { Language, MessageKey };
const STORAGE_KEY = 'kommunmodell.language';

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  pick(text: { sv: string; en: string }): string;
  number(value: number, fractionDigits?: number): string;
}

function initialLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

const I18nContext = createContext<I18n | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    // One formatter per number of decimals: toLocaleString with options builds a new Intl.NumberFormat on
    // every call, which made redrawing a page of figures slow.
    const formatters = new Map<number, Intl.NumberFormat>();
    const formatter = (digits: number): Intl.NumberFormat => {
      let format = formatters.get(digits);
      if (format === undefined) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        formatters.set(digits, format);
      }
      return format;
    };
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      pick: (text) => (lang === 'sv' ? text.sv : text.en) || text.sv || text.en,
      number: (value, fractionDigits = 0) => formatter(fractionDigits).format(value),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside LanguageProvider');
  return context;
}
