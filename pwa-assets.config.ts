import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Every icon is generated from public/icon.svg by `npm run icons`; the PNGs are committed
// so that a build never depends on the image toolchain.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#f4ecdf' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#f4ecdf' } },
  },
  images: ['public/icon.svg'],
});
