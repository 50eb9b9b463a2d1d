/**
 * Adding reports: paste a text, upload files (HTML, text, Markdown, PDF, JSONL, feeds; one
 * request per file, with upload progress and each file's result) or give a URL. Each result
 * links to the document it produced.
 */
import { useState } from 'preact/hooks';
import { api, type CrisisSummary, type IngestResult } from '../api.js';
import { ErrorBox, ReadOnlyNote } from '../components/common.js';
import { href } from '../router.js';
import { canWrite, useSession } from '../session.js';

type Tab = 'text' | 'files' | 'url';

interface FileProgress {
  name: string;
  size: number;
  fraction: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  results: IngestResult[];
  error?: string;
}

export function IngestPage({ crises, onIngested }: { crises: CrisisSummary[]; onIngested: () => void }) {
  const [tab, setTab] = useState<Tab>('text');
  const [crisis, setCrisis] = useState('');
  const [results, setResults] = useState<IngestResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<FileProgress[]>([]);
  const session = useSession();

  const run = async (work: () => Promise<IngestResult[]>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await work();
      setResults((old) => [...r, ...old]);
      onIngested();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const crisisOrUndefined = crisis.trim() || undefined;

  if (!canWrite(session)) {
    return (
      <section class="ingest">
        <h1>Add reports</h1>
        <ReadOnlyNote what="ingest reports" />
      </section>
    );
  }

  return (
    <section class="ingest">
      <h1>Add reports</h1>
      <label class="field">
        <span>Crisis (optional: an existing one or a new name)</span>
        <input list="crisis-names" value={crisis} data-testid="ingest-crisis" onInput={(e) => setCrisis((e.target as HTMLInputElement).value)} />
        <datalist id="crisis-names">
          {crises.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
      </label>
      <div class="tabs" role="tablist">
        {(
          [
            ['text', 'Paste text'],
            ['files', 'Upload files'],
            ['url', 'From a URL'],
          ] as const
        ).map(([t, label]) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} class={tab === t ? 'current' : ''} onClick={() => setTab(t)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'text' && <PasteForm busy={busy} onSubmit={(b) => run(async () => [await api.ingestText({ ...b, crisis: crisisOrUndefined })])} />}
      {tab === 'url' && <UrlForm busy={busy} onSubmit={(url) => run(async () => (await api.ingestUrl({ url, crisis: crisisOrUndefined })).results)} />}
      {tab === 'files' && (
        <FilesForm
          busy={busy}
          files={files}
          onFiles={(list) =>
            run(async () => {
              const progress: FileProgress[] = list.map((f) => ({ name: f.name, size: f.size, fraction: 0, state: 'waiting', results: [] }));
              setFiles(progress);
              const update = (i: number, patch: Partial<FileProgress>) => {
                progress[i] = { ...progress[i]!, ...patch };
                setFiles([...progress]);
              };
              const all: IngestResult[] = [];
              for (const [i, f] of list.entries()) {
                update(i, { state: 'uploading' });
                try {
                  const summary = await api.ingestFile(f, crisisOrUndefined, (fraction) => update(i, { fraction }));
                  update(i, { state: summary.failed && !summary.ingested && !summary.unchanged ? 'failed' : 'done', fraction: 1, results: summary.results });
                  all.push(...summary.results);
                } catch (e) {
                  const message = e instanceof Error ? e.message : String(e);
                  update(i, { state: 'failed', error: message });
                  all.push({ origin: f.name, status: 'failed', reason: message });
                }
              }
              return all;
            })
          }
        />
      )}
      {error && <ErrorBox error={error} />}
      {results.length > 0 && (
        <section data-testid="ingest-result" aria-live="polite">
          <h2>Results</h2>
          <ul class="results">
            {results.map((r, i) => (
              <li key={i} class={`result result-${r.status}`}>
                <strong>{r.status}</strong> · {r.origin}
                {r.documentId !== undefined && (
                  <>
                    {' · '}
                    <a href={href(`/documents/${r.documentId}`)}>
                      open ({r.claims ?? 0} {r.claims === 1 ? 'claim' : 'claims'})
                    </a>
                  </>
                )}
                {r.reason && <span class="error-inline"> · {r.reason}</span>}
                {r.warning && <span class="muted"> · {r.warning}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function PasteForm({ busy, onSubmit }: { busy: boolean; onSubmit: (b: { text: string; title?: string; url?: string; published?: string }) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  return (
    <form
      class="ingest-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit({ text, title: title.trim() || undefined, url: url.trim() || undefined, published: published || undefined });
      }}
    >
      <div class="row">
        <label class="field grow">
          <span>Title (optional)</span>
          <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field grow">
          <span>Source URL (optional)</span>
          <input type="url" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Published (resolves “on Tuesday”)</span>
          <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <label class="field wide">
        <span>Report text or HTML</span>
        <textarea
          rows={14}
          value={text}
          data-testid="ingest-text"
          placeholder="Paste the article here"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" class="primary" disabled={busy || !text.trim()} data-testid="ingest-submit">
        {busy ? 'Extracting…' : 'Extract and store'}
      </button>
    </form>
  );
}

function UrlForm({ busy, onSubmit }: { busy: boolean; onSubmit: (url: string) => void }) {
  const [url, setUrl] = useState('');
  return (
    <form
      class="ingest-form row"
      onSubmit={(e) => {
        e.preventDefault();
        if (url.trim()) onSubmit(url.trim());
      }}
    >
      <label class="field grow">
        <span>Article or feed URL (needs network access from the server)</span>
        <input type="url" value={url} placeholder="https://…" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary" disabled={busy || !url.trim()}>
        {busy ? 'Fetching…' : 'Fetch and store'}
      </button>
    </form>
  );
}

const size = (n: number) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

function FilesForm({ busy, files, onFiles }: { busy: boolean; files: FileProgress[]; onFiles: (f: File[]) => void }) {
  return (
    <div class="ingest-form">
      <label class="field wide">
        <span>Files: HTML, plain text, Markdown, PDF, JSONL corpora, RSS/Atom feeds (25 MB each at most)</span>
        <input
          type="file"
          multiple
          disabled={busy}
          data-testid="ingest-files"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const list = [...(input.files ?? [])];
            input.value = '';
            if (list.length) onFiles(list);
          }}
        />
      </label>
      {files.length > 0 && (
        <ul class="progress-list" data-testid="ingest-progress">
          {files.map((f, i) => (
            <li key={i}>
              <span class="name">{f.name}</span> <span class="muted">{size(f.size)}</span>
              <progress max={1} value={f.fraction} />
              <span class={`state state-${f.state}`}>
                {f.state === 'uploading' && f.fraction >= 1 ? 'extracting…' : f.state}
                {f.state === 'done' &&
                  ` · ${f.results.filter((r) => r.status === 'ingested').length} new, ${f.results.filter((r) => r.status === 'unchanged').length} already stored, ${f.results.filter((r) => r.status === 'failed').length} failed`}
              </span>
              {f.error && <span class="error-inline"> {f.error}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
