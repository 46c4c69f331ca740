// Settings: the UI language and the business's details printed on quotes.
import { z } from 'zod';
import { channel, empty, lang, text } from './schemas';
import type { Settings } from './types';

export const settingsPatchSchema = z
  .strictObject({
    uiLanguage: lang,
    businessName: text(200),
    businessAddress: text(500),
    businessPhone: text(40),
    paperSize: z.enum(['A4', 'Letter']),
    quoteValidDays: z.number().int().min(1).max(365),
  })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsChannels = {
  'settings.get': channel<typeof empty, Settings>(empty),
  'settings.update': channel<typeof settingsPatchSchema, Settings>(settingsPatchSchema),
} as const;
