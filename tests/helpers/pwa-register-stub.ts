/** Stands in for `virtual:pwa-register` in jsdom, where no service worker exists: registering does nothing. */
export function registerSW(): () => Promise<void> {
  return async () => {};
}
