// The JavaScript a first visit loads (the entry, what it imports statically, and the reports page, the first
// page shown, with its static imports; not the chart library, loaded after the figures), gzipped: the figure of
// docs/benchmarks.md. Run after `npm run build`: `npm run size`.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const assets = readdirSync(path.join(dist, 'assets'));
const firstPage = assets.find((name) => name.startsWith('ReportsPage-') && name.endsWith('.js'));
const wanted = [
  ...[...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]),
  ...(firstPage ? [firstPage] : []),
];

const loaded = new Set();
function visit(name) {
  if (loaded.has(name)) return;
  loaded.add(name);
  const code = readFileSync(path.join(dist, 'assets', name), 'utf8');
  // static imports only: `import{a}from"./x.js"`, `import"./x.js"` (a dynamic import("./x.js") loads later)
  for (const match of code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    visit(match[1]);
  }
}
wanted.forEach(visit);

let raw = 0;
let gzipped = 0;
for (const name of [...loaded].sort()) {
  const code = readFileSync(path.join(dist, 'assets', name));
  const size = gzipSync(code, { level: 9 }).length;
  raw += code.length;
  gzipped += size;
  console.log(`${name.padEnd(48)} ${(code.length / 1024).toFixed(1).padStart(7)} KB ${(size / 1024).toFixed(1).padStart(6)} KB gzipped`);
}
console.log(`First load (${loaded.size} files): ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (limit 250 KB)`);
if (gzipped > 250 * 1024) {
  process.exit(1);
}
