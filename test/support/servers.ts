// A sandbox (in memory, random port) and the examples server in front of it, for tests that
// drive the example pages.
import { startExamples } from '../../scripts/lib/examples.mjs';
import { startSandbox } from '../../scripts/lib/sandbox.mjs';

export interface Servers {
  sandboxUrl: string;
  examplesUrl: string;
  stop(): Promise<void>;
}

export async function startServers(): Promise<Servers> {
  const sandbox = await startSandbox({ args: ['--port', '0', '--memory', '--quiet'] });
  try {
    const examples = await startExamples({ apiBase: sandbox.url });
    return {
      sandboxUrl: sandbox.url,
      examplesUrl: examples.url,
      stop: async () => {
        await Promise.all([examples.stop(), sandbox.stop()]);
      },
    };
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
}
