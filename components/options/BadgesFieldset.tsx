import { keyOf } from '@/lib/i18n/translate';
import type { SourceRole } from '@/lib/schema/source';
import { useI18n } from '../i18n-context';
import { CheckboxField, describedBy, errorId, FieldError } from './fields';
import { PAGE_ROLES } from './roles';
import type { SectionProps } from './section-props';

export function BadgesFieldset(section: SectionProps) {
  const { settings, errors, onChange } = section;
  const { t } = useI18n();
  const invalid = !!errors.badgeRoles?.length;
  const toggle = (role: SourceRole, on: boolean) => {
    // Roles the page does not offer (e.g. an imported "navigation") are kept as they are.
    const others = settings.badgeRoles.filter((r) => r !== role);
    onChange({ badgeRoles: on ? [...others, role] : others });
  };
  return (
    <fieldset>
      <legend>{t('settings_badges_legend')}</legend>
      <CheckboxField section={section} field="badges" />
      <fieldset class="nested" aria-describedby={describedBy(invalid && errorId('badgeRoles'))}>
        <legend>{t('settings_badgeRoles_legend')}</legend>
        <FieldError field="badgeRoles" messages={errors.badgeRoles} />
        <div class="choices">
          {PAGE_ROLES.map((role) => (
            <div class="field field-check" key={role}>
              <input
                type="checkbox"
                id={`setting-badgeRoles-${role}`}
                checked={settings.badgeRoles.includes(role)}
                aria-invalid={invalid || undefined}
                onChange={(e) => toggle(role, e.currentTarget.checked)}
              />
              <label for={`setting-badgeRoles-${role}`}>{t(keyOf('role', role))}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
