// One save at a time, shown from the moment it is asked until it is done (waits included):
// `saving` for the screen (button, status), `isSaving()` for handlers that must not act
// meanwhile (a field kept read-only, a second Ctrl+Enter), true before the next render.
// Save is disabled meanwhile, and a browser moves the focus off a disabled button to the
// page: when the save is done the focus goes back to where it was when it was asked, unless
// it went elsewhere since (the keyboard user carries on from Save, not from the top).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export function useOneSave(): { saving: boolean; isSaving: () => boolean; run: (save: () => Promise<void>) => Promise<void> } {
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const focusBefore = useRef<Element | null>(null);
  const isSaving = useCallback(() => busy.current, []);
  const run = useCallback(async (save: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    focusBefore.current = document.activeElement;
    setSaving(true);
    try {
      await save();
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }, []);
  // In the commit that enables Save again (a disabled button cannot take the focus).
  useLayoutEffect(() => {
    if (saving) return;
    const before = focusBefore.current;
    focusBefore.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
  }, [saving]);
  return { saving, isSaving, run };
}
