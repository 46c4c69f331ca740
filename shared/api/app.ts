// The app itself: what runs and where its data lives.
import { channel, empty } from './schemas';
import type { AppInfo, Session } from './types';

export const appChannels = {
  'app.info': channel<typeof empty, AppInfo>(empty),
  /** The renderer's first screen is rendered and usable: Electron shows its window now (not
   *  at the first paint of an empty page). `shown`: false where there is no window to show. */
  'app.ready': channel<typeof empty, { shown: boolean }>(empty),
  /** Who is using this screen and how this app is connected: the renderer picks what it
   *  shows from it (the therapist view for `therapist`). */
  'app.session': channel<typeof empty, Session>(empty),
} as const;
