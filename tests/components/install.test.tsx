import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InstallNote, InstallSection } from '../../src/features/install/components/install-section';
import { startCapturingInstallPrompt } from '../../src/features/install/install-prompt-store';
import { isAppleMobile, isIosSafari, isRunningInstalled } from '../../src/features/install/platform';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const CHROME_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.0.0 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';

/** A stand-in for Chromium's BeforeInstallPromptEvent, dispatched on window as Chromium does. */
function offerInstall() {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => ({ outcome: 'accepted' })),
  });
  act(() => void window.dispatchEvent(event));
  return event;
}

function pretend({ userAgent, touch = 0, standalone }: { userAgent: string; touch?: number; standalone?: boolean }) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  // jsdom has no maxTouchPoints, nor (like every non-Apple browser) navigator.standalone.
  Object.defineProperty(navigator, 'maxTouchPoints', { value: touch, configurable: true });
  Object.defineProperty(navigator, 'standalone', { value: standalone, configurable: true });
}

beforeAll(() => startCapturingInstallPrompt());
afterEach(() => {
  Object.defineProperty(navigator, 'standalone', { value: undefined, configurable: true });
});

describe('installing on Chromium', () => {
  it('shows nothing until Chromium offers, then a button that prompts once and goes away', async () => {
    pretend({ userAgent: ANDROID_CHROME });
    const user = userEvent.setup();
    render(<InstallSection />);
    expect(screen.queryByRole('heading', { name: 'Keep it on your phone' })).not.toBeInTheDocument();
    const event = offerInstall();
    expect(event.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Install Good Enough' }));
    expect(event.prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Install Good Enough' })).not.toBeInTheDocument();
  });

  it('hides the button once the app is installed another way', () => {
    pretend({ userAgent: ANDROID_CHROME });
    render(<InstallSection />);
    offerInstall();
    expect(screen.getByRole('button', { name: 'Install Good Enough' })).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(screen.queryByRole('button', { name: 'Install Good Enough' })).not.toBeInTheDocument();
  });

  it('in the welcome, can be put aside with "Not now"', async () => {
    pretend({ userAgent: ANDROID_CHROME });
    const user = userEvent.setup();
    render(<InstallNote />);
    offerInstall();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Install Good Enough' })).not.toBeInTheDocument();
  });
});

describe('on an iPhone or iPad', () => {
  it('shows the Share, then Add to Home Screen steps in Safari, and why', () => {
    pretend({ userAgent: IPHONE_SAFARI, touch: 5 });
    render(<InstallSection />);
    expect(screen.getByRole('heading', { name: 'Keep it on your phone' })).toBeInTheDocument();
    expect(screen.getByText(/haven't opened it for 7 days/)).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').map((step) => step.textContent);
    expect(steps).toEqual([
      expect.stringMatching(/Share.*square with an arrow/),
      expect.stringMatching(/Add to Home Screen/),
    ]);
  });

  it('shows nothing once opened from the Home Screen', () => {
    pretend({ userAgent: IPHONE_SAFARI, touch: 5, standalone: true });
    const { container } = render(<InstallSection />);
    expect(container).toBeEmptyDOMElement();
  });

  it('tells Safari on iPhone and iPad (which says it is a Mac) from other browsers', () => {
    expect(isIosSafari(IPHONE_SAFARI, 5)).toBe(true);
    expect(isIosSafari(IPAD_AS_MAC, 5)).toBe(true);
    expect(isIosSafari(IPAD_AS_MAC, 0)).toBe(false); // a real Mac
    expect(isIosSafari(CHROME_ON_IPHONE, 5)).toBe(false);
    expect(isIosSafari(ANDROID_CHROME, 5)).toBe(false);
  });

  it("knows an iPhone or iPad Home Screen app (whose web view names no Safari) as Apple's, but not as Safari", () => {
    const homeScreenApp =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
    expect(isAppleMobile(homeScreenApp, 5)).toBe(true);
    expect(isIosSafari(homeScreenApp, 5)).toBe(false);
    expect(isAppleMobile(IPAD_AS_MAC, 5)).toBe(true);
    expect(isAppleMobile(IPAD_AS_MAC, 0)).toBe(false);
    expect(isAppleMobile(ANDROID_CHROME, 5)).toBe(false);
  });

  it('counts display-mode standalone as installed', () => {
    const matchMedia = (query: string) => ({ matches: query === '(display-mode: standalone)' }) as MediaQueryList;
    expect(isRunningInstalled({} as Navigator, { matchMedia } as unknown as Window)).toBe(true);
    expect(isRunningInstalled({} as Navigator, { matchMedia: () => ({ matches: false }) } as unknown as Window)).toBe(
      false,
    );
  });
});
