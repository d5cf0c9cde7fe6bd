import type { Plugin } from 'vite';

/**
 * Where sync may connect, and nowhere else: the app's own origin; any https server, because the
 * person types their own CouchDB's address; and plain http only on this device's loopback, for a
 * CouchDB run on the same machine. The app itself contacts none of them unless sync is on (the
 * leak tests hold it to that). IPv6 loopback (`http://[::1]:*`) cannot be written: CSP's grammar
 * has no IPv6 literals, and Chromium drops such a source with a console error; `localhost`
 * still reaches a server listening on ::1 by name.
 */
export const CONNECT_SOURCES = ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * The Content Security Policy of the production build. Only the build gets it: the dev
 * server injects an inline script for hot reload that a strict policy would block.
 * No other origin appears in any other directive: scripts, styles, images and the rest come
 * from the app alone.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src ${CONNECT_SOURCES.join(' ')}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'good-enough-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
