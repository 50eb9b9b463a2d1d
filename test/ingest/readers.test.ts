import { mkdtempSync, rmSync, writeFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDisallowedAddress, readInputs, type IngestItem, type SourceDocument } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (targets: string[], opts = {}) => {
  const out: IngestItem[] = [];
  for await (const item of readInputs(targets, opts)) out.push(item);
  return out;
};
const docs = (items: IngestItem[]) => items.filter((i): i is SourceDocument => i.kind === 'document');

/** A one-page PDF with a line of text, offsets computed so the xref table is valid. */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('file readers', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'docs/nested'), { recursive: true });
    writeFileSync(join(dir, 'docs/a.txt'), 'At least 12 people were killed in Baghdad, police said.');
    writeFileSync(
      join(dir, 'docs/b.html'),
      '<html><body><article><h1>Toll</h1><p>Dozens were arrested in Tehran on Tuesday, state media said, according to witnesses at the scene of the protests.</p></article></body></html>',
    );
    writeFileSync(join(dir, 'docs/nested/c.md'), '# Heading\n\nAt least **30** protesters were arrested in Almaty.\n\n- one item\n');
    writeFileSync(join(dir, 'docs/nested/d.jsonl'), '{"id":"x1","text":"Five people died.","published":"2022-01-05"}\nnot json\n{"id":"x3"}\n');
    writeFileSync(join(dir, 'docs/e.pdf'), tinyPdf('At least 15 people were killed in Khartoum.'));
    writeFileSync(
      join(dir, 'docs/feed.xml'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
      <item><title>Ten killed</title><link>https://example.org/1</link><pubDate>Tue, 03 Dec 2019 10:00:00 GMT</pubDate><description>&lt;p&gt;Ten people were killed on Monday.&lt;/p&gt;</description></item>
      <item><title>Hundreds held</title><link>https://example.org/2</link><description>Hundreds of people were detained.</description></item></channel></rss>`,
    );
    writeFileSync(
      join(dir, 'docs/atom.atom'),
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><entry><title>Entry</title><link href="https://example.org/a"/><updated>2024-07-25T10:00:00Z</updated><summary>Four people died in Dhaka.</summary></entry></feed>`,
    );
    writeFileSync(join(dir, 'docs/.hidden.txt'), 'ignored');
  });

  it('reads text, HTML, Markdown, JSONL, PDF, RSS and Atom, walking folders', async () => {
    const items = await collect([join(dir, 'docs')]);
    const byFormat = (f: string) => docs(items).filter((d) => d.format === f);
    expect(byFormat('text')[0]!.input.text).toContain('At least 12 people');
    expect(byFormat('html')[0]!.input.html).toContain('<article>');
    expect(byFormat('markdown')[0]!.input.text).toBe('Heading\n\nAt least 30 protesters were arrested in Almaty.\n\none item');
    expect(byFormat('pdf')[0]!.input.text).toContain('At least 15 people were killed in Khartoum.');
    const feed = byFormat('feed');
    expect(feed.map((d) => [d.input.title, d.input.url, d.input.published, d.publisher])).toEqual([
      ['Entry', 'https://example.org/a', '2024-07-25', 'Atom Wire'],
      ['Ten killed', 'https://example.org/1', '2019-12-03', 'Example Wire'],
      ['Hundreds held', 'https://example.org/2', undefined, 'Example Wire'],
    ]);
    expect(byFormat('jsonl')).toHaveLength(1);
    expect(byFormat('jsonl')[0]).toMatchObject({ externalId: 'x1', input: { published: '2022-01-05' } });
    const failures = items.filter((i) => i.kind === 'failure');
    expect(failures.map((f) => f.reason)).toEqual(['not valid JSON', 'the line has no "text" or "html" field']);
    expect(items.some((i) => i.origin.includes('.hidden'))).toBe(false);
  });

  it('gives a clear failure for bad files and goes on', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from('Caf\xe9: at least 3 people were injured.', 'latin1'));
    writeFileSync(join(bad, 'broken.rss'), '<?xml version="1.0"?><rss><channel><item><title>x</title></channel>');
    writeFileSync(join(bad, 'fake.pdf'), 'this is not a pdf');
    writeFileSync(join(bad, 'ok.txt'), 'Twenty people were arrested.');
    // A 50 MB file, refused without being read whole.
    const fd = openSync(join(bad, 'huge.txt'), 'w');
    const mb = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 50; i++) writeSync(fd, mb);
    closeSync(fd);
    const items = await collect([bad, join(dir, 'missing.txt')]);
    const reason = (name: string) => items.find((i) => i.origin.endsWith(name));
    expect(reason('binary.bin')).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/binary/) });
    expect(reason('empty.txt')).toMatchObject({ kind: 'failure', reason: 'the file is empty' });
    expect(reason('latin1.txt')).toMatchObject({
      kind: 'document',
      warning: expect.stringMatching(/Windows-1252/),
      input: { text: expect.stringContaining('Café') },
    });
    expect(reason('broken.rss')).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/not valid XML at line 1/) });
    expect(reason('fake.pdf')).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/not a readable PDF/) });
    expect(reason('huge.txt')).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/52\.4 MB, over the 21 MB limit/) });
    expect(reason('missing.txt')).toMatchObject({ kind: 'failure', reason: 'no such file or folder' });
    expect(reason('ok.txt')).toMatchObject({ kind: 'document' });
  });
});

describe('URL fetching', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<html><head><title>Report</title></head><body><article><p>At least 40 people were killed in Khartoum on Monday, the doctors committee said in a statement issued late in the evening.</p></article></body></html>',
        );
      } else if (req.url === '/redirect') {
        res.writeHead(302, { location: '/page' });
        res.end();
      } else if (req.url === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.alloc(10));
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(200_000));
      } else if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
        setTimeout(() => res.end('done'), 3000);
      } else if (req.url === '/feed') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<rss><channel><title>W</title><item><title>A</title><description>Five people died.</description></item></channel></rss>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('classifies addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ])
      expect(isDisallowedAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isDisallowedAddress(a), a).toBe(false);
  });

  it('refuses loopback addresses unless allowed, naming the address', async () => {
    const [refused] = await collect([`${base}/page`]);
    expect(refused).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/resolves to 127\.0\.0\.1, a loopback, private or link-local address/) });
    const [ok] = await collect([`${base}/page`], { allowPrivate: true });
    expect(ok).toMatchObject({ kind: 'document', format: 'html', input: { url: `${base}/page` } });
    const [byName] = await collect([`http://localhost:${new URL(base).port}/page`]);
    expect(byName).toMatchObject({ kind: 'failure' });
  });

  it('follows redirects, and checks each hop', async () => {
    const [ok] = await collect([`${base}/redirect`], { allowPrivate: true });
    expect(ok).toMatchObject({ kind: 'document', origin: `${base}/page` });
  });

  it('enforces content type, size and timeout, and reads feeds', async () => {
    const [image] = await collect([`${base}/image`], { allowPrivate: true });
    expect(image).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/image\/png, not a page/) });
    const [big] = await collect([`${base}/big`], { allowPrivate: true, maxBytes: 100_000 });
    expect(big).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/over the/) });
    const [slow] = await collect([`${base}/slow`], { allowPrivate: true, timeoutMs: 500 });
    expect(slow).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/timed out/) });
    const [missing] = await collect([`${base}/nope`], { allowPrivate: true });
    expect(missing).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/HTTP 404/) });
    const feed = await collect([`${base}/feed`], { allowPrivate: true });
    expect(feed).toMatchObject([{ kind: 'document', format: 'feed', input: { title: 'A' } }]);
  });
});
