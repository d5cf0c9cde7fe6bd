/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The app's version from package.json, set at build time. */
declare const __APP_VERSION__: string;
/** True only in a test build made with GOOD_ENOUGH_BUILD_LABEL: one extra, empty schema version. */
declare const __TEST_SCHEMA_VERSION__: boolean | undefined;
