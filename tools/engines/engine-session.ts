/**
 * What a scenario may do in a browser. Each engine implements it with its own driver
 * (Playwright for Chromium, WebDriver for WebKit, WebDriver BiDi for Firefox), so every
 * scenario is written once and run by all three.
 */
export type EngineName = 'chromium' | 'webkit' | 'firefox';

export interface EngineSession {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs `body` (the source of an async function's body, with `args` in scope) in the page
   * and returns its JSON-serialisable result.
   */
  run<T>(body: string, args?: unknown[]): Promise<T>;
  click(selector: string): Promise<void>;
  /** Types into a field the way a person does, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses a file in a file input, as the file picker would. */
  upload(selector: string, path: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /**
   * Opens another window (tab) of the same browser, with the same storage, at `url`; every
   * command then acts on it until `useWindow` says otherwise. Returns its handle.
   */
  openWindow(url: string): Promise<string>;
  /** The handle of the window commands act on now. */
  currentWindow(): Promise<string>;
  /** Makes the window with this handle the one commands act on. */
  useWindow(handle: string): Promise<void>;
  /** Closes a window opened with `openWindow` (and acts on the first one again if it was current). */
  closeWindow(handle: string): Promise<void>;
  close(): Promise<void>;
}

/** How a browser presents itself from its start (e.g. as Safari on an iPhone). */
export interface LaunchOptions {
  userAgent?: string;
}

export interface EngineLauncher {
  readonly engine: EngineName;
  /** Debian packages the engine needs, named when it cannot start. */
  readonly packages: string[];
  launch(options?: LaunchOptions): Promise<EngineSession>;
}

export const VIEWPORT = { width: 390, height: 844 };
