import type { ChildProcess } from 'node:child_process';

export declare const EXAMPLES_CLI_SRC: string;
export declare function examplesServerExists(): boolean;
export declare function startExamples(options: {
  apiBase: string;
  port?: number;
  echo?: boolean;
  timeoutMs?: number;
  env?: Record<string, string>;
}): Promise<{ url: string; stop: () => Promise<void>; output: () => string; child: ChildProcess }>;
