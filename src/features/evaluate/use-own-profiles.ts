// The user's own profiles as the Evaluate view holds them: loaded once from the browser's storage, edited
// in memory and written back shortly after each change (autosave), with the save state to show. A failed
// save keeps the profile in memory and says so, so nothing the user typed is lost while the page is open.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evaluation } from '@/domain/evaluation-schema';
import { deleteOwnProfile, loadOwnProfiles, saveOwnProfile, storageAvailable } from '@/storage/evaluation-store';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'unavailable';

const SAVE_DELAY_MS = 300;

export interface OwnProfiles {
  loaded: boolean;
  profiles: Evaluation[];
  setAside: number;
  saveState: SaveState;
  put(profile: Evaluation): void;
  remove(id: string): void;
}

export function useOwnProfiles(): OwnProfiles {
  const [profiles, setProfiles] = useState<Evaluation[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [setAside, setSetAside] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>(storageAvailable() ? 'idle' : 'unavailable');
  const pending = useRef(new Map<string, Evaluation>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    loadOwnProfiles()
      .then((result) => {
        if (!live) return;
        // Profiles created before the read finished win over what was stored.
        setProfiles((current) => [...result.profiles.filter((p) => !current.some((c) => c.id === p.id)), ...current]);
        setSetAside(result.setAside);
        setLoaded(true);
      })
      .catch(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, []);

  const flush = useCallback(() => {
    const batch = [...pending.current.values()];
    pending.current.clear();
    if (batch.length === 0 || !storageAvailable()) return;
    Promise.all(batch.map((profile) => saveOwnProfile(profile)))
      .then(() => setSaveState('saved'))
      .catch(() => setSaveState('failed'));
  }, []);

  useEffect(() => () => {
    clearTimeout(timer.current);
    flush();
  }, [flush]);

  const put = useCallback(
    (profile: Evaluation) => {
      setProfiles((current) =>
        current.some((p) => p.id === profile.id) ? current.map((p) => (p.id === profile.id ? profile : p)) : [...current, profile],
      );
      if (!storageAvailable()) return;
      pending.current.set(profile.id, profile);
      setSaveState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const remove = useCallback((id: string) => {
    pending.current.delete(id);
    setProfiles((current) => current.filter((p) => p.id !== id));
    deleteOwnProfile(id).catch(() => setSaveState('failed'));
  }, []);

  return { loaded, profiles, setAside, saveState, put, remove };
}
