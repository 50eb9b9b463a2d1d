/**
 * Sources: who asserts figures. Analysts set each one's type (official, independent...) and
 * its aliases ("NCRI" = "National Council of Resistance of Iran"); the tally merges aliases
 * and compares official with other figures.
 */
import { useState } from 'preact/hooks';
import { SOURCE_TYPES, type SourceType } from '../../domain.js';
import { api, type SourceRecord } from '../api.js';
import { Empty, ErrorBox, Loading } from '../components/common.js';
import { SOURCE_TYPE_LABELS } from '../format.js';
import { retryOf, useLoad } from '../hooks.js';
import { href } from '../router.js';

export function SourcesPage() {
  const sources = useLoad(() => api.sources().then((r) => r.items), []);
  const [filter, setFilter] = useState('');
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
        <span class="muted">{sources.data.length} sources</span>
      </div>
      {shown.length === 0 ? (
        <Empty>No sources{f ? ' match' : ' yet'}.</Empty>
      ) : (
        <div class="table-wrap">
          <table data-testid="sources-table">
            <thead>
              <tr>
                <th>Source</th>
                <th class="num">Claims</th>
                <th>Type</th>
                <th>Aliases (comma-separated)</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <SourceRow key={s.id} source={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SourceRow({ source }: { source: SourceRecord }) {
  const [saved, setSaved] = useState(source);
  const [type, setType] = useState<SourceType>(source.type);
  const [aliases, setAliases] = useState(source.aliases.join(', '));
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: boolean }>({});
  const list = aliases.split(',').map((a) => a.trim()).filter(Boolean);
  const dirty = type !== saved.type || list.join('\n') !== saved.aliases.join('\n');

  const save = async () => {
    setState({ busy: true });
    try {
      const s = await api.updateSource(source.id, { type, aliases: list });
      setSaved(s);
      setAliases(s.aliases.join(', '));
      setState({ done: true });
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <tr>
      <td>
        <a href={href('/claims', { source: saved.name })}>{saved.name}</a>
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
        <input class="wide" value={aliases} aria-label={`Aliases of ${saved.name}`} onInput={(e) => setAliases((e.target as HTMLInputElement).value)} />
      </td>
      <td>
        <button type="button" disabled={!dirty || state.busy} onClick={save}>
          Save
        </button>
        {state.done && !dirty && <span class="muted"> saved</span>}
        {state.error && <span class="error-inline"> {state.error}</span>}
      </td>
    </tr>
  );
}
