import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// jsdom has no service worker: this stands in for the browser's, with `ready` resolved by the
// test when "the first worker becomes active".
const registerSW = vi.fn(() => async () => {});
vi.mock('virtual:pwa-register', () => ({ registerSW }));

let becomeActive: () => void;
function aBrowserWithServiceWorkers(controlledAtStart: boolean) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      controller: controlledAtStart ? {} : null,
      ready: new Promise<void>((resolve) => (becomeActive = resolve)),
      addEventListener: () => {},
    },
  });
}

// The prompt's module keeps the registration for the page: each test is a fresh page.
async function freshPage() {
  vi.resetModules();
  return (await import('../../src/app/update-prompt')).UpdatePrompt;
}

beforeEach(() => registerSW.mockClear());
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

it('on the first visit, says once that the app works offline, even if the prompt was remounted meanwhile', async () => {
  const user = userEvent.setup();
  aBrowserWithServiceWorkers(false);
  const UpdatePrompt = await freshPage();

  const first = render(<UpdatePrompt />);
  first.unmount();
  const second = render(<UpdatePrompt />);
  expect(registerSW).toHaveBeenCalledOnce();
  expect(screen.queryByText('Good Enough now works offline, too.')).toBeNull();

  await act(async () => becomeActive());
  expect(screen.getByRole('status')).toHaveTextContent('Good Enough now works offline, too.');
  await user.click(screen.getByRole('button', { name: 'OK' }));
  expect(screen.queryByText('Good Enough now works offline, too.')).toBeNull();

  // Moving around the app afterwards does not bring it back.
  second.unmount();
  render(<UpdatePrompt />);
  expect(screen.queryByText('Good Enough now works offline, too.')).toBeNull();
  expect(registerSW).toHaveBeenCalledOnce();
});

it('says nothing about offline when the app already worked offline as the page opened', async () => {
  aBrowserWithServiceWorkers(true);
  const UpdatePrompt = await freshPage();
  render(<UpdatePrompt />);
  await act(async () => becomeActive());
  expect(screen.queryByText('Good Enough now works offline, too.')).toBeNull();
  expect(registerSW).toHaveBeenCalledOnce();
});

it('the offline note leaves by itself after a few seconds', async () => {
  vi.useFakeTimers();
  aBrowserWithServiceWorkers(false);
  const UpdatePrompt = await freshPage();
  render(<UpdatePrompt />);
  await act(async () => becomeActive());
  expect(screen.getByText('Good Enough now works offline, too.')).toBeVisible();
  act(() => vi.advanceTimersByTime(6_000));
  expect(screen.queryByText('Good Enough now works offline, too.')).toBeNull();
});
