/**
 * Sources: who asserts figures — people, organisations, offices, groups and the outlets that
 * state figures themselves. Analysts set each one's type (official, independent...), kind,
 * reliability (Admiralty A–F) and aliases ("NCRI" = "National Council of Resistance of
 * Iran"), merge two sources into one and split an alias off. An alias that is another
 * source's name is a merge: the page asks to confirm it as one.
 */
import { useState } from 'preact/hooks';
import { RELIABILITIES, SOURCE_KINDS, SOURCE_TYPES, type Reliability, type SourceKind, type SourceType } from '../../domain.js';
import { api, ApiError, type SourceRecord } from '../api.js';
import { Empty, ErrorBox, Loading, ReadOnlyNote } from '../components/common.js';
import { SOURCE_TYPE_LABELS } from '../format.js';
import { retryOf, useLoad, useStored } from '../hooks.js';
import { href } from '../router.js';
import { canWrite, loggedIn, useSession, writerName } from '../session.js';

const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'A · completely reliable',
  B: 'B · usually reliable',
  C: 'C · fairly reliable',
  D: 'D · not usually reliable',
  E: 'E · unreliable',
  F: 'F · cannot be judged',
};

export function SourcesPage() {
  const sources = useLoad(() => api.sources().then((r) => r.items), []);
  const [filter, setFilter] = useState('');
  const [editor, setEditor] = useStored('tally.reviewer', '');
  const session = useSession();
  const writable = canWrite(session);
  // Logged in, changes are recorded under the user; without accounts, under the name typed here.
  const by = writerName(session, editor);
  if (sources.error) return <ErrorBox error={sources.error} onRetry={retryOf(sources)} />;
  if (!sources.data) return <Loading what="Loading sources" />;
  const f = filter.trim().toLowerCase();
  const shown = f ? sources.data.filter((s) => s.name.toLowerCase().includes(f) || s.aliases.some((a) => a.toLowerCase().includes(f))) : sources.data;
  return (
    <section>
      <div class="toolbar">
        <label class="field grow">
          <span>Find a source</span>
          <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        </label>
        {writable && !loggedIn(session) && (
          <label class="field">
            <span>Your name</span>
            <input
              value={editor}
              data-testid="sources-editor"
              placeholder="recorded with each change"
              onInput={(e) => setEditor((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        <span class="muted">{sources.data.length} sources</span>
      </div>
      {writable ? <MergeForm sources={sources.data} editor={by} onDone={sources.reload} /> : <ReadOnlyNote what="edit sources" />}
      {shown.length === 0 ? (
        <Empty>No sources{f ? ' match' : ' yet'}.</Empty>
      ) : (
        // A viewer sees every grade and alias, with the controls disabled.
        <fieldset class="table-wrap plain" disabled={!writable}>
          <table data-testid="sources-table">
            <thead>
              <tr>
                <th>Source</th>
                <th class="num">Claims</th>
                <th>Type</th>
                <th>Kind</th>
                <th>Reliability</th>
                <th>Aliases (comma-separated)</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <SourceRow key={`${s.id}:${s.aliases.join('|')}:${s.claimCount}`} source={s} editor={by} onMerged={sources.reload} />
              ))}
            </tbody>
          </table>
        </fieldset>
      )}
    </section>
  );
}

/** Merge one source into another: both picked by name, the second stays. */
function MergeForm({ sources, editor, onDone }: { sources: SourceRecord[]; editor: string; onDone: () => void }) {
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: string }>({});
  const known = (n: string) => sources.some((s) => s.name === n);
  const merge = async () => {
    setState({ busy: true });
    try {
      const s = await api.mergeSources(from, into, editor.trim() || undefined);
      setState({ done: `"${from}" merged into "${s.name}"` });
      setFrom('');
      setInto('');
      onDone();
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <details class="merge-form">
      <summary>Merge two sources</summary>
      <datalist id="source-names">
        {sources.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <div class="toolbar">
        <label class="field">
          <span>Merge</span>
          <input list="source-names" value={from} data-testid="merge-from" onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>into</span>
          <input list="source-names" value={into} data-testid="merge-into" onInput={(e) => setInto((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" disabled={state.busy || !known(from) || !known(into) || from === into} onClick={merge}>
          Merge
        </button>
        {state.done && <span class="muted">{state.done}</span>}
        {state.error && <span class="error-inline">{state.error}</span>}
      </div>
    </details>
  );
}

function SourceRow({ source, editor, onMerged }: { source: SourceRecord; editor: string; onMerged: () => void }) {
  const [saved, setSaved] = useState(source);
  const [type, setType] = useState<SourceType>(source.type);
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const [reliability, setReliability] = useState<Reliability | 'default'>(source.reliabilitySet ? source.reliability : 'default');
  const [aliases, setAliases] = useState(source.aliases.join(', '));
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: boolean; confirm?: string }>({});
  const list = aliases
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const savedReliability = saved.reliabilitySet ? saved.reliability : 'default';
  const dirty = type !== saved.type || kind !== saved.kind || reliability !== savedReliability || list.join('\n') !== saved.aliases.join('\n');

  const save = async (merge: boolean) => {
    setState({ busy: true });
    try {
      const s = await api.updateSource(source.id, {
        type,
        kind,
        reliability: reliability === 'default' ? null : reliability,
        aliases: list,
        merge: merge || undefined,
        editor: editor.trim() || undefined,
      });
      setSaved(s);
      setAliases(s.aliases.join(', '));
      setReliability(s.reliabilitySet ? s.reliability : 'default');
      setState({ done: true });
      if (merge) onMerged();
    } catch (e) {
      // An alias that is another source's name: say it is a merge and ask.
      if (e instanceof ApiError && e.status === 409) setState({ confirm: e.message });
      else setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  const split = async (alias: string) => {
    setState({ busy: true });
    try {
      await api.splitSource(source.id, alias, editor.trim() || undefined);
      onMerged();
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <tr>
      <td>
        <a href={href('/claims', { source: saved.name })}>{saved.name}</a>
        {saved.updatedBy && (
          <div class="muted small">
            edited by {saved.updatedBy}
            {saved.updatedAt ? `, ${saved.updatedAt.slice(0, 10)}` : ''}
          </div>
        )}
      </td>
      <td class="num">{saved.claimCount}</td>
      <td>
        <select value={type} aria-label={`Type of ${saved.name}`} onChange={(e) => setType((e.target as HTMLSelectElement).value as SourceType)}>
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select value={kind} aria-label={`Kind of ${saved.name}`} onChange={(e) => setKind((e.target as HTMLSelectElement).value as SourceKind)}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          value={reliability}
          aria-label={`Reliability of ${saved.name}`}
          onChange={(e) => setReliability((e.target as HTMLSelectElement).value as Reliability | 'default')}
        >
          <option value="default">{`default for the type${saved.reliabilitySet ? '' : ` (${saved.reliability})`}`}</option>
          {RELIABILITIES.map((r) => (
            <option key={r} value={r}>
              {RELIABILITY_LABELS[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input class="wide" value={aliases} aria-label={`Aliases of ${saved.name}`} onInput={(e) => setAliases((e.target as HTMLInputElement).value)} />
        {saved.aliases.length > 0 && (
          <div class="small">
            {saved.aliases.map((a) => (
              <button key={a} type="button" class="link" title={`Make "${a}" a source of its own`} disabled={state.busy} onClick={() => split(a)}>
                split off “{a}”
              </button>
            ))}
          </div>
        )}
      </td>
      <td>
        <button type="button" disabled={!dirty || state.busy} onClick={() => save(false)}>
          Save
        </button>
        {state.done && !dirty && <span class="muted"> saved</span>}
        {state.error && <span class="error-inline"> {state.error}</span>}
        {state.confirm && (
          <div class="confirm" role="alertdialog" data-testid="merge-confirm">
            <p>{state.confirm}</p>
            <button type="button" onClick={() => save(true)}>
              Merge them
            </button>{' '}
            <button type="button" onClick={() => setState({})}>
              Cancel
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
