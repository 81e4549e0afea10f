import { createContext } from 'preact';

/** What the popup can do with the browser's translator; `null` when the setting is off or the API absent. */
export interface ClaimTranslation {
  /** Translate these claims (index, text) from `from` into `to` and have the source judged again with them. */
  translate(url: string, claims: readonly { index: number; text: string }[], from: string, to: string): Promise<void>;
  /** Translate texts for reading only (a source's summary into the interface language). */
  translateTexts(texts: readonly string[], from: string, to: string): Promise<string[]>;
}

export const TranslationContext = createContext<ClaimTranslation | null>(null);
