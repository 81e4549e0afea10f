// The few chrome.* calls tests make inside the browser (service worker or extension pages).
declare const chrome: {
  tabs: {
    query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown>; id: string; getManifest(): { name: string; description: string; content_scripts?: { js?: string[] }[] } };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  storage: { local: { get(keys?: unknown): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  action: { openPopup(): Promise<void> };
  declarativeNetRequest: {
    getSessionRules(): Promise<{ id: number; condition: { regexFilter?: string } }[]>;
    isRegexSupported(options: { regex: string }): Promise<{ isSupported: boolean; reason?: string }>;
  };
};
