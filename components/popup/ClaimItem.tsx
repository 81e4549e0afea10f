import { keyOf } from '@/lib/i18n/translate';
import type { Claim } from '@/lib/schema/claim';
import type { Support } from '@/lib/schema/check';
import { supportText } from '@/lib/i18n/findings';
import { useI18n } from '../i18n-context';
import { TranslatedTexts } from './TranslatedTexts';

/** `lang` is the article's language (the claim), `sourceLang` the source's (its evidence): they differ for a translated claim. */
export function ClaimItem({ claim, support, lang, sourceLang }: { claim: Claim; support: Support | null; lang?: string; sourceLang?: string }) {
  const { t, locale } = useI18n();
  return (
    <li class="claim" data-testid="claim" data-support={support?.label}>
      <q lang={lang}>{claim.text}</q>
      <p class="claim-meta">
        {claim.speaker && (
          <span lang={lang}>
            {t('claims_speaker', { speaker: claim.speaker })}
            {(claim.speakerRole ?? claim.speakerOrganisation) && ` ${t('source_affiliation', { affiliation: claim.speakerRole ?? claim.speakerOrganisation! })}`}
          </span>
        )}
        {claim.speakerVia && (
          <span class="muted" data-speaker-via={claim.speakerVia}>
            {t(keyOf('claims_speakerVia', claim.speakerVia))}
          </span>
        )}
        {/* Why the claim belongs here: the rule that linked it (issue 14 §5). */}
        <span class="muted" data-via={claim.via}>
          {t(keyOf('claims_via', claim.via))}
        </span>
        {support && (
          <span class={`support support-${support.label}`} data-support={support.label}>
            {t(keyOf('support', support.label))}
          </span>
        )}
      </p>
      {support && <p class="claim-reason">{supportText(support, locale)}</p>}
      {support && support.evidence.length > 0 && (
        <div class="evidence">
          <p class="evidence-label">{t('claims_evidence')}</p>
          <ul lang={sourceLang}>
            {support.evidence.map((e) => (
              <li>
                <q>{e}</q>
              </li>
            ))}
          </ul>
          <TranslatedTexts texts={support.evidence} sourceLang={sourceLang} action={t('action_translateEvidence')} testId="translated-evidence" />
        </div>
      )}
    </li>
  );
}
