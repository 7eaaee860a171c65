/** `npm run data`: writes data/*.json from the seeded generator. The same seed gives the same bytes. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFiles, formatJson, generateDataset } from './dataset';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const [file, content] of Object.entries(datasetFiles(generateDataset()))) {
  const text = `${formatJson(content)}\n`;
  writeFileSync(join(dataDir, file), text);
  console.log(`${file.padEnd(24)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KiB`);
}
