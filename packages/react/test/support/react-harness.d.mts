export declare const REACT18_DIR: string;
export declare const HARNESS_PATH: string;
export declare function ensureReact18(): Promise<{ installed: boolean; ms: number }>;
export declare function buildReact18Server(): Promise<string>;
export declare function buildBrowserHarness(version: '18' | '19'): Promise<string>;
export declare function reactHarnessPlugin(): import('@web/dev-server-core').Plugin;
