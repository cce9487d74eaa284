// Writes docs/openapi.json from the contract's endpoint table (run by `npm run build`).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { generateOpenApi } from '@jiagong/contract';

const { version } = JSON.parse(readFileSync('packages/contract/package.json', 'utf8')) as {
  version: string;
};
mkdirSync('docs', { recursive: true });
writeFileSync('docs/openapi.json', JSON.stringify(generateOpenApi(version), null, 2) + '\n');
console.log('wrote docs/openapi.json');
