import region from '../../../assets/shandong-region.geojson?raw';
import type { CityProfile } from '../../core/extract/city-profiles';
import { formatRoute } from '../../core/route/route';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { HEIGHT, linePath, project, WIDTH } from './projection';

interface Feature {
  properties: { kind: 'coastline' | 'river' };
  geometry: { type: 'LineString'; coordinates: number[][] };
}
const FEATURES = (JSON.parse(region) as { features: Feature[] }).features;
const COAST = FEATURES.filter((f) => f.properties.kind === 'coastline').map((f) => linePath(f.geometry.coordinates));
const RIVER = FEATURES.filter((f) => f.properties.kind === 'river').map((f) => linePath(f.geometry.coordinates));

// Where a city's label goes, for the cities whose seats lie close together (Jinan, Laiwu, Tai'an; Zibo, Binzhou).
const LABEL_SIDE: Record<string, 'left' | 'right' | 'below'> = {
  yantai: 'below',
  taian: 'left',
  laiwu: 'below',
  jinan: 'left',
  binzhou: 'left',
  dezhou: 'left',
  liaocheng: 'left',
  heze: 'left',
  jining: 'left',
  zaozhuang: 'left',
};

/** Shandong's coast and the Yellow River, with the 17 cities sized by how much the documents say about each. */
export function ShandongMap({ profiles, selected }: { profiles: readonly CityProfile[]; selected: string | null }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const most = Math.max(1, ...profiles.map((p) => p.paragraphs.length));
  return (
    <svg className="shandong-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t.mapLabel}>
      <title>{t.mapLabel}</title>
      <rect width={WIDTH} height={HEIGHT} className="map-sea" />
      {COAST.map((d, i) => (
        <path key={`c${i}`} d={d} className="map-coast" />
      ))}
      {RIVER.map((d, i) => (
        <path key={`r${i}`} d={d} className="map-river" />
      ))}
      {profiles.map(({ city, paragraphs }) => {
        const [x, y] = project(city.lon, city.lat);
        const r = 5 + 13 * Math.sqrt(paragraphs.length / most);
        const side = LABEL_SIDE[city.id] ?? 'right';
        const [primary, secondary] = uiLanguage === 'zh' ? [city.zhHans, city.en] : [city.en, city.zhHans];
        const lx = side === 'left' ? x - r - 6 : side === 'below' ? x : x + r + 6;
        const ly = side === 'below' ? y + r + 20 : y - 2;
        const anchor = side === 'left' ? 'end' : side === 'below' ? 'middle' : 'start';
        return (
          <a
            key={city.id}
            href={formatRoute({ view: 'cities', cityId: city.id })}
            className={`map-city${selected === city.id ? ' selected' : ''}`}
            aria-label={`${city.en} ${city.zhHans}: ${t.linkedParagraphs(paragraphs.length)}`}
            aria-current={selected === city.id ? 'page' : undefined}
          >
            <circle
              cx={x}
              cy={y}
              r={r}
              className="map-marker"
              style={{ opacity: paragraphs.length === 0 ? 0.45 : 1 }}
            />
            <text x={lx} y={ly} textAnchor={anchor} className="map-label">
              {primary}
            </text>
            <text x={lx} y={ly + 20} textAnchor={anchor} className="map-label-secondary">
              {secondary}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
