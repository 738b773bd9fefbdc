// The app's version (package.json), put into the build by vite.config.ts's `define`; "dev" where the build
// did not define it (unit tests run the sources directly). Snapshots carry it, and the About page shows it.
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
