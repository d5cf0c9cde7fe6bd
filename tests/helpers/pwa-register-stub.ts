import { useState } from 'react';

/** Stands in for `virtual:pwa-register/react` in jsdom, where no service worker exists. */
export function useRegisterSW() {
  return {
    needRefresh: useState(false),
    offlineReady: useState(false),
    updateServiceWorker: async () => {},
  };
}
