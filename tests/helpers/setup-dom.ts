import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Screens are lazy chunks and the machine has two cores shared by parallel test files:
// give "find" queries room, without asserting anything about speed.
configure({ asyncUtilTimeout: 8000 });

// jsdom has no modal dialogs. This stand-in opens and closes them so components can be
// tested; real focus trapping and Escape are checked in Chromium (tests/e2e).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
