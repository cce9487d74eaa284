export declare const DEBIAN_CHROMIUM: string;
export declare const APT_PACKAGES: string[];
/** Headless Chromium's arguments on this machine (no calls to hosts it cannot reach). */
export declare const HEADLESS_ARGS: string[];
export declare function findChromium(): string | null;
export declare function ensureChromium(): Promise<{ path: string } | { error: string }>;
