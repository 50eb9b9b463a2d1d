/**
 * Claims on a map that works offline: the basemap is Natural Earth countries and admin-1
 * regions shipped with the app (TopoJSON under /basemap), drawn as vector shapes; a raster
 * tile server is used only when one is configured (tally serve --tile-url). One marker per
 * place, sized by its largest conservative figure; clicking one lists each source's latest
 * figure for that place (the tally's per-place timelines) and the claims about it.
 */
import L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CATEGORIES, type Category } from '../../domain.js';
import { api, type CrisisSummary, type PlaceSummary, type ServerInfo } from '../api.js';
import { CategorySelect, CrisisSelect, Empty, ErrorBox, Loading } from '../components/common.js';
import { CATEGORY_LABELS, dateText, figureText, num } from '../format.js';
import { useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';

interface Props {
  crises: CrisisSummary[];
  crisis: string;
  onCrisis: (name: string) => void;
  route: Route;
}

const basemaps = new Map<string, Promise<GeoJSON.FeatureCollection>>();
function loadBasemap(layer: 'countries' | 'admin1'): Promise<GeoJSON.FeatureCollection> {
  let p = basemaps.get(layer);
  if (!p) {
    p = fetch(api.basemapUrl(layer))
      .then((r) => {
        if (!r.ok) throw new Error(`the basemap ${layer} did not load (${r.status})`);
        return r.json() as Promise<Topology>;
      })
      .then((topo) => {
        const object = topo.objects[layer] as GeometryCollection;
        return feature(topo, object) as unknown as GeoJSON.FeatureCollection;
      });
    basemaps.set(layer, p);
  }
  return p;
}

/**
 * Leaflet sets a string tooltip or popup as HTML; place names come from documents and reviews,
 * so tooltips and popups get an element whose text is set, never markup.
 */
function textNode(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

const radius = (estimate: number) => Math.min(40, 5 + 4 * Math.log10(1 + estimate) * 1.6);
const ADMIN1_ZOOM = 5;
const ALL = '*';

export function MapPage({ crises, crisis, onCrisis, route }: Props) {
  const category = (CATEGORIES as readonly string[]).includes(route.params.get('category') ?? '') ? (route.params.get('category') as Category) : undefined;
  // "*" (kept in the URL) is every crisis.
  const scope = crisis && crisis !== ALL ? crisis : undefined;
  const places = useLoad(() => api.places({ crisis: scope, category }), [scope, category]);
  const info = useLoad(() => api.info(), []);
  const [selected, setSelected] = useState<PlaceSummary | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);

  // The map and its basemap, once.
  useEffect(() => {
    if (!box.current || !info.data) return;
    const m = L.map(box.current, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([25, 45], 3);
    map.current = m;
    const tiles = (info.data as ServerInfo).tileUrl;
    if (tiles) L.tileLayer(tiles, { attribution: info.data.tileAttribution ?? '', maxZoom: 18 }).addTo(m);
    m.attributionControl.addAttribution('Basemap: Natural Earth');
    const land = { color: '#8a8f98', weight: 0.6, fillColor: '#eceae4', fillOpacity: tiles ? 0 : 1 };
    m.getContainer().style.background = tiles ? '' : '#c9dbe6';
    loadBasemap('countries')
      .then((fc) => L.geoJSON(fc, { style: land, interactive: false }).addTo(m).bringToBack())
      .catch((e: Error) => setMapError(e.message));
    let admin1: L.GeoJSON | null = null;
    const onZoom = () => {
      if (m.getZoom() < ADMIN1_ZOOM) {
        admin1?.remove();
        return;
      }
      if (admin1) {
        if (!m.hasLayer(admin1)) admin1.addTo(m);
        return;
      }
      loadBasemap('admin1')
        .then((fc) => {
          admin1 = L.geoJSON(fc, { style: { color: '#a9adb4', weight: 0.4, fill: false, dashArray: '2 2' }, interactive: false });
          if (m.getZoom() >= ADMIN1_ZOOM) admin1.addTo(m);
        })
        .catch((e: Error) => setMapError(e.message));
    };
    m.on('zoomend', onZoom);
    markers.current = L.layerGroup().addTo(m);
    return () => {
      m.remove();
      map.current = null;
    };
  }, [info.data]);

  // Markers for the places of the current selection.
  useEffect(() => {
    const m = map.current;
    const group = markers.current;
    if (!m || !group || !places.data) return;
    group.clearLayers();
    const items = [...places.data.items].sort((a, b) => b.maxEstimate - a.maxEstimate);
    for (const p of items) {
      // A country-wide figure sits on the country's point (often its capital): drawn as a
      // labelled box beside that point, it does not read as the capital's own figure.
      const marker: L.Marker | L.CircleMarker =
        p.precision === 'country'
          ? countryMarker(p)
          : L.circleMarker([p.lat, p.lon], {
              radius: radius(p.maxEstimate),
              className: 'tally-marker',
              color: '#7b241c',
              weight: 1,
              fillColor: p.categories.includes('killed') ? '#c0392b' : '#d68910',
              fillOpacity: 0.6,
            });
      marker.bindTooltip(textNode(`${p.name}: ${num(p.maxEstimate)} (${p.claims} ${p.claims === 1 ? 'claim' : 'claims'})`));
      marker.on('click', () => setSelected(p));
      marker.addTo(group);
      // Which place a marker stands for, for tests and assistive tools reading the page.
      marker.getElement()?.setAttribute('data-place-id', p.placeId);
    }
    if (items.length) m.fitBounds(L.latLngBounds(items.map((p) => [p.lat, p.lon] as [number, number])).pad(0.3), { maxZoom: 6, animate: false });
  }, [places.data, info.data]);

  useEffect(() => setSelected(null), [crisis, category]);

  return (
    <section class="map-page">
      <div class="toolbar">
        <CrisisSelect crises={crises} value={crisis} onChange={onCrisis} allowAll allValue={ALL} />
        <CategorySelect value={category} onChange={(c) => setParams({ category: c })} allLabel="All categories" />
        <span class="muted">{places.data ? `${places.data.items.length} places` : ''}</span>
      </div>
      {(places.error || info.error || mapError) && <ErrorBox error={(places.error ?? info.error ?? mapError)!} />}
      <div class="map-layout">
        <div class="map" ref={box} data-testid="map" />
        <aside class="side">
          {selected ? (
            <PlaceClaims place={selected} crisis={scope} category={category} />
          ) : (
            <p class="muted">Click a marker to see the claims about that place and the reports they come from.</p>
          )}
        </aside>
      </div>
    </section>
  );
}

function PlaceClaims({ place, crisis, category }: { place: PlaceSummary; crisis: string | undefined; category?: Category }) {
  const claims = useLoad(
    () => api.claims({ crisis, category, place: place.name, sort: 'estimate', order: 'desc', limit: 100 }),
    [place.placeId, crisis, category],
  );
  return (
    <div data-testid="place-claims">
      <h2>{place.name}</h2>
      <p class="muted">
        {place.precision}
        {place.admin1 && place.precision === 'city' ? ` · ${place.admin1}` : ''} · {place.countryName}
      </p>
      {crisis ? (
        <PlaceSources place={place} crisis={crisis} category={category} />
      ) : (
        <p class="muted">Choose a crisis to see each source's latest figure for this place.</p>
      )}
      <h3>Claims</h3>
      {claims.error && <ErrorBox error={claims.error} />}
      {!claims.data && !claims.error && <Loading />}
      {claims.data && claims.data.items.length === 0 && <Empty>No claims.</Empty>}
      <ul class="claim-list">
        {claims.data?.items.map((c) => (
          <li key={c.id}>
            <strong>{figureText(c)}</strong> {CATEGORY_LABELS[c.category].toLowerCase()} · {c.source?.name ?? 'the outlet'} · {dateText(c.asOf)}
            <br />
            <a href={href(`/documents/${c.documentId}`, { claim: c.id })}>{c.documentTitle ?? `document ${c.documentId}`}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Who says how many at this place: per category, each source's latest local figure (the
 * tally's per-place timelines), with how many figures it gave. Names and figures are text.
 */
function PlaceSources({ place, crisis, category }: { place: PlaceSummary; crisis: string; category?: Category }) {
  const tally = useLoad(
    () => api.tally(crisis, { category, place: place.placeId, maxSources: 1, maxEvents: 0, maxFigures: 1 }),
    [place.placeId, crisis, category],
  );
  if (tally.error) return <ErrorBox error={tally.error} />;
  if (!tally.data) return <Loading />;
  const rows = tally.data.categories.flatMap((c) =>
    c.places.filter((p) => p.placeId === place.placeId).map((p) => ({ category: c.category, sources: p.sources })),
  );
  if (!rows.length) return <p class="muted">No source gives a figure for this place alone.</p>;
  return (
    <div data-testid="place-sources">
      <h3>Latest figure per source</h3>
      {rows.map((r) => (
        <div key={r.category}>
          <h4>{CATEGORY_LABELS[r.category]}</h4>
          <ul class="claim-list">
            {r.sources.map((s) => (
              <li key={s.source}>
                <strong>{figureText(s.latest)}</strong> · {s.source} · as of {dateText(s.latest.asOf)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A country-level figure: a box up and to the right of the country's point, its text set as text. */
function countryMarker(p: PlaceSummary): L.Marker {
  const box = document.createElement('div');
  box.className = 'tally-country';
  box.textContent = `${p.name} (country-wide): ${num(p.maxEstimate)}`;
  return L.marker([p.lat, p.lon], {
    icon: L.divIcon({ html: box, className: 'tally-country-icon', iconSize: undefined, iconAnchor: [-12, 34] }),
    keyboard: true,
  });
}
