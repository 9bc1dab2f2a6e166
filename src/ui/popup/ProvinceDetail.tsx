/** Below the map: the chosen province's office, liaison units and the divisions under it. */
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { OFFICE_COLORS } from '../../core/office-colors';
import { officeView } from '../../core/place-card';
import { liaisonName, nameIn, romanizedName, shortName } from '../../core/names';
import type { ProvinceFacts } from './province-map';
import { uiLang, zhLang } from '../lang';
import { ImmigrationContact } from './OfficeDetails';

interface Props {
  facts: ProvinceFacts;
  tr: Translator;
  onOpenPlace(division: Division): void;
}

export function ProvinceDetail({ facts, tr, onOpenPlace }: Props) {
  const { province, office, units, children } = facts;
  const view = officeView(office, tr);
  const zh = zhLang(tr.script);
  const cityUnits = new Map(units.filter((u) => !u.wholeProvince).map((u) => [u.area.code, u.unit]));
  const childName = (d: Division) => (tr.language === 'en' ? romanizedName(d) : nameIn(d, tr.script));
  return (
    <section class="province-detail" data-code={province.code} aria-labelledby="province-title">
      <h3 id="province-title" class="province-name">
        <span lang={zh}>{nameIn(province, tr.script)}</span>{' '}
        <span class="muted" lang="en">
          {romanizedName(province)}
        </span>
      </h3>
      <p class="office-line" style={{ '--office-color': OFFICE_COLORS[office.id] }}>
        <span class="swatch" aria-hidden="true" />
        {view.name} <abbr class="abbr">{view.abbr}</abbr>
      </p>
      <p>
        <span class="label-inline">{tr.t('liaisonUnit')}: </span>
        {units.length
          ? units.map(({ unit, area, wholeProvince }, i) => (
              <span key={unit.id}>
                {i > 0 && ', '}
                {liaisonName(unit, tr)}
                {!wholeProvince && ` (${tr.t('coversOnly', { area: shortName(area, tr) })})`}
              </span>
            ))
          : tr.t('noLiaisonUnit')}
      </p>
      <p>
        <span class="label-inline">{tr.t('immigrationDivision')}: </span>
        <ImmigrationContact view={view} tr={tr} />
      </p>
      <h4 class="label">
        {tr.t(facts.childrenAreDistricts ? 'districts' : 'cities')} ({children.length})
      </h4>
      <ul class="chips">
        {children.map((d) => (
          <li key={d.code}>
            <button type="button" class="chip" data-code={d.code} lang={uiLang(tr)} onClick={() => onOpenPlace(d)}>
              {childName(d)}
              {cityUnits.has(d.code) && (
                <>
                  <span class="chip-mark" aria-hidden="true">
                    {' ○'}
                  </span>
                  <span class="visually-hidden">, {liaisonName(cityUnits.get(d.code)!, tr)}</span>
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
