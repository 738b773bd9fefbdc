// Hash routing with the query inside the hash (`#/compare?models=a,b`), so every screen is one link that
// can be pasted into minutes. wouter's own hash hook puts the query outside the hash; this one keeps it in.
import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void): () => void {
  addEventListener('hashchange', callback);
  return () => removeEventListener('hashchange', callback);
}

function hashParts(): [path: string, search: string] {
  const raw = location.hash.replace(/^#?\/?/, '');
  const at = raw.indexOf('?');
  const path = '/' + (at === -1 ? raw : raw.slice(0, at));
  return [path, at === -1 ? '' : raw.slice(at + 1)];
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const target = '#' + (to.startsWith('/') ? to : '/' + to);
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useHashPath(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, () => hashParts()[0], () => '/'), navigate];
}

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, () => hashParts()[1], () => '');
}

/** wouter renders `<Link href>` as this. */
export const hrefs = (href: string): string => '#' + href;
