// Settings: the UI language and the business's details printed on quotes.
import { z } from 'zod';
import { channel, empty, lang, text } from './schemas';
import type { Settings } from './types';

const settingFields = {
  uiLanguage: lang,
  businessName: text(200),
  businessAddress: text(500),
  businessPhone: text(40),
  paperSize: z.enum(['A4', 'Letter']),
  quoteValidDays: z.number().int().min(1).max(365),
};
/** `expected`: the values the screen loaded for the fields it saves. Settings are key/value
 *  rows, so instead of a row version the saved values are compared: one changed by another
 *  desk since is refused with 'conflict' and the settings as they are now. */
export const settingsPatchSchema = z
  .strictObject({ ...settingFields, expected: z.strictObject(settingFields).partial() })
  .partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsChannels = {
  'settings.get': channel<typeof empty, Settings>(empty),
  'settings.update': channel<typeof settingsPatchSchema, Settings>(settingsPatchSchema),
} as const;
