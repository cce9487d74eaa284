// Run by world.test.ts as its own `node --test`: a file whose sandbox cannot start.
import { it } from 'node:test';
import { useWorld } from './world.js';

const world = useWorld(() => Promise.reject(new Error('probe: the sandbox could not start')));

it('reads the world', () => {
  if (!world.sandboxUrl) throw new Error('no sandbox');
});
