// Counts the statements of an RDF file with parsers independent of Jena:
//   node count.mjs trig|turtle|nquads FILE   -> N3.js, prints the number of quads
//   node count.mjs jsonld FILE               -> jsonld.js toRDF (no network), prints the number of quads
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import jsonld from 'jsonld';

const [format, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

async function count() {
  if (format === 'jsonld') {
    const offline = async (url) => { throw new Error(`no network: refused to load ${url}`); };
    const dataset = await jsonld.toRDF(JSON.parse(text), { documentLoader: offline });
    return dataset.length;
  }
  const names = { trig: 'TriG', turtle: 'Turtle', nquads: 'N-Quads' };
  // RDF 1.2 triple terms (<<( s p o )>>) need N3.js's RDF-star support.
  const parser = new Parser({ format: `${names[format]}*` });
  return parser.parse(text).length;
}

count().then((n) => console.log(n)).catch((e) => { console.error(e.message); process.exit(1); });
