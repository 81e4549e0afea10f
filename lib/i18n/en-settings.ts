/** English text of the settings page. */
export const settingsEn = {
  'settings.title': 'Source Lens settings',
} as const;
