// File dialogs for backups in the Electron host: where to write a backup, which file to
// restore. The web host has none (the screen asks for a path instead).
import { dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../../shared/api/result';
import type { HandlerMap } from '../app/types';

const filters = [{ name: 'Front Desk backup', extensions: ['sqlite3', 'sqlite', 'db'] }];

export function electronFileHandlers(getWindow: () => BrowserWindow | null): HandlerMap<'backups.chooseFile'> {
  return {
    'backups.chooseFile': async ({ purpose, suggestedName }) => {
      const window = getWindow();
      if (!window) throw new ApiFailure('unavailable');
      if (purpose === 'save') {
        const choice = await dialog.showSaveDialog(window, { defaultPath: suggestedName, filters });
        return { path: choice.canceled || !choice.filePath ? null : choice.filePath };
      }
      const choice = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
      return { path: choice.canceled ? null : (choice.filePaths[0] ?? null) };
    },
  };
}
