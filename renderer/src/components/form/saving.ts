// One save at a time, shown from the moment it is asked until it is done (waits included):
// `saving` for the screen (button, status), `isSaving()` for handlers that must not act
// meanwhile (a field kept read-only, a second Ctrl+Enter), true before the next render.
import { useCallback, useRef, useState } from 'react';

export function useOneSave(): { saving: boolean; isSaving: () => boolean; run: (save: () => Promise<void>) => Promise<void> } {
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const isSaving = useCallback(() => busy.current, []);
  const run = useCallback(async (save: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    try {
      await save();
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }, []);
  return { saving, isSaving, run };
}
