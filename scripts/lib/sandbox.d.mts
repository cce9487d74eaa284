import type { ChildProcess } from 'node:child_process';

export declare const SANDBOX_CLI_SRC: string;
export declare const SANDBOX_CLI_DIST: string;
export declare const SANDBOX_KEYS: { publishable: string; secret: string };
export declare function sandboxCommand(): { cmd: string; args: string[]; from: string } | null;
export declare function startSandbox(options?: {
  args?: string[];
  env?: Record<string, string>;
  timeoutMs?: number;
  echo?: boolean;
}): Promise<{ url: string; stop: () => Promise<void>; output: () => string; child: ChildProcess }>;
