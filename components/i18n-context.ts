import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Locale, type Translate } from '@/lib/i18n/translate';

export interface I18n {
  t: Translate;
  locale: Locale;
}

export const I18nContext = createContext<I18n>({ t: createTranslator('en'), locale: 'en' });

export const useI18n = () => useContext(I18nContext);
