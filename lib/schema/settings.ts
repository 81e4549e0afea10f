import { z } from 'zod';
import { SourceRole } from './source';

/**
 * Every setting, with its default. Each field carries its own `.catch`, so an
 * invalid stored value falls back to the default for that field and keeps the rest.
 */
export const Settings = z.object({
  /** 'popup': check only when the reader opens the popup; 'auto': on every article page. */
  checkMode: z.enum(['popup', 'auto']).catch('popup'),
  badges: z.boolean().catch(true),
  badgeRoles: z.array(SourceRole).catch(['citation']),
  /** Host names (and their subdomains) where Source Lens never runs. */
  disabledSites: z.array(z.string().min(1).max(253)).max(1000).catch([]),
  concurrency: z.number().int().min(1).max(16).catch(6),
  perHostConcurrency: z.number().int().min(1).max(8).catch(2),
  timeoutSeconds: z.number().int().min(2).max(120).catch(10),
  maxBodyMegabytes: z.number().min(0.25).max(20).catch(3),
  cacheHours: z.number().min(0).max(24 * 90).catch(24),
  cacheMaxEntries: z.number().int().min(10).max(5000).catch(500),
  summarySentences: z.number().int().min(3).max(5).catch(3),
  wayback: z.boolean().catch(true),
  allowPrivateNetwork: z.boolean().catch(false),
  language: z.enum(['auto', 'en', 'zh_CN']).catch('auto'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
