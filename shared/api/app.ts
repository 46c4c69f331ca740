// The app itself: what runs and where its data lives.
import { channel, empty } from './schemas';
import type { AppInfo } from './types';

export const appChannels = {
  'app.info': channel<typeof empty, AppInfo>(empty),
} as const;
