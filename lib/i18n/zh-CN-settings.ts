import type { settingsEn } from './en-settings';

/** 设置页面的简体中文文字。 */
export const settingsZhCN: Record<keyof typeof settingsEn, string> = {
  'settings.title': '信源透镜设置',
};
