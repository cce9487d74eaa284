export declare const DEBIAN_CHROMIUM: string;
export declare const APT_PACKAGES: string[];
export declare function findChromium(): string | null;
export declare function ensureChromium(): Promise<{ path: string } | { error: string }>;
