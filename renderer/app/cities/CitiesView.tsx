import { useEffect } from 'react';
import type { Corpus } from '../../core/corpus/types';
import type { CityProfile } from '../../core/extract/city-profiles';
import { formatRoute } from '../../core/route/route';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { CityPage } from './CityPage';
import { ShandongMap } from './ShandongMap';
import { useExtracts } from '../useExtracts';
import { LoadStatus } from '../LoadStatus';

function CityList({ profiles }: { profiles: readonly CityProfile[] }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const sorted = [...profiles].sort(
    (a, b) => b.paragraphs.length - a.paragraphs.length || a.city.en.localeCompare(b.city.en),
  );
  return (
    <ol className="city-list" aria-label={t.citiesByMentions}>
      {sorted.map(({ city, paragraphs }) => (
        <li key={city.id}>
          <a href={formatRoute({ view: 'cities', cityId: city.id })}>
            <span className="city-name" lang={uiLanguage === 'zh' ? 'zh-Hans' : 'en'}>
              {uiLanguage === 'zh' ? city.zhHans : city.en}
            </span>
            <span className="city-other" lang={uiLanguage === 'zh' ? 'en' : 'zh-Hans'}>
              {uiLanguage === 'zh' ? city.en : city.zhHans}
            </span>
            <span className="city-count">{paragraphs.length}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

export function CitiesView({ corpus, cityId }: { corpus: Corpus; cityId: string | null }) {
  const t = useMessages();
  const { extracts, error } = useExtracts();
  const profile = extracts?.cities.find((p) => p.city.id === cityId) ?? null;
  useEffect(() => {
    document.title = `${profile ? profile.city.en : t.cities} · ${t.appName}`;
  }, [t, profile]);
  if (error || !extracts) return <LoadStatus error={error} loading={t.loading} />;
  return (
    <div className="cities">
      <div className="cities-layout">
        <div className="map-column">
          <ShandongMap profiles={extracts.cities} selected={cityId} />
        </div>
        <div className="cities-side">
          {cityId === null ? (
            <>
              <h1>{t.cities}</h1>
              <p className="lede">{t.citiesIntro}</p>
              <CityList profiles={extracts.cities} />
            </>
          ) : (
            <>
              <a className="back-link" href={formatRoute({ view: 'cities', cityId: null })}>
                ‹ {t.allCities}
              </a>
              {profile ? (
                <CityPage corpus={corpus} profile={profile} targets={extracts.targets} />
              ) : (
                <p role="alert">{t.notFound}</p>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
