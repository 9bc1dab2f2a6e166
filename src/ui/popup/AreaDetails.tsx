/** A new area, cooperation zone or region: what kind it is, where it lies, which offices serve it, and the sources. */
import { AREA_KIND_KEYS, type Areas } from '../../core/areas';
import type { Area } from '../../core/data/areas-schema';
import type { Translator } from '../../core/i18n';
import { OFFICE_COLORS } from '../../core/office-colors';
import { nameIn } from '../../core/names';
import { otherLang, uiLang, zhLang } from '../lang';
import { joinList } from './names';
import { SourceList } from './SourceList';

export function AreaDetails({ area, areas, tr }: { area: Area; areas: Areas; tr: Translator }) {
  const offices = areas.officesOf(area);
  const headingId = `area-${area.id}`;
  return (
    <article class="entity" data-area={area.id} aria-labelledby={headingId}>
      <h2 class="entity-name" id={headingId} lang={zhLang(tr.script)}>
        {tr.script === 'hant' ? area.name.hant : area.name.hans}
      </h2>
      <p class="other-name" lang={tr.language === 'en' ? 'en' : otherLang(tr)}>
        {area.name.en}
      </p>
      <p class="area-kind" lang={uiLang(tr)}>
        {tr.t(AREA_KIND_KEYS[area.kind])}
        {area.since && <span class="muted"> ({tr.t('since', { date: area.since })})</span>}. {tr.t('areaNotDivision')}
      </p>
      <dl class="facts">
        <div>
          <dt>{tr.t('hostedBy')}</dt>
          <dd lang={zhLang(tr.script)}>
            {joinList(
              areas.hostsOf(area).map((d) => nameIn(d, tr.script)),
              tr,
            )}
          </dd>
        </div>
        <div>
          <dt>{tr.t('servedBy')}</dt>
          <dd>
            <ul class="area-offices">
              {offices.map((office) => (
                <li key={office.id} data-office={office.id} style={{ '--office-color': OFFICE_COLORS[office.id] }}>
                  <span class="swatch" aria-hidden="true" />
                  {tr.pick(office.name)} <abbr class="abbr">{office.abbr.value}</abbr>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <SourceList tr={tr} index={areas.sources} rows={[{ label: tr.t('hostedBy'), keys: area.sources }]} />
    </article>
  );
}
