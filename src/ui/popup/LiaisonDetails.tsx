/** One liaison unit: the office it belongs to, where it sits, what it covers, how to get help. */
import type { AppData } from '../../core/data/load';
import type { LiaisonUnit, Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { OFFICE_COLORS } from '../../core/office-colors';
import { officeView } from '../../core/place-card';
import { liaisonNames } from '../../core/names';
import { liaisonFactSources } from '../../core/citations';
import { otherLang } from '../lang';
import { divisionsOf, ImmigrationContact } from './OfficeDetails';
import { NameList } from './names';
import { SourceList } from './SourceList';
import { WebsiteLink } from '../WebsiteLink';

interface Props {
  unit: LiaisonUnit;
  app: AppData;
  sources: Readonly<Record<string, Source>>;
  tr: Translator;
}

export function LiaisonDetails({ unit, app, sources, tr }: Props) {
  const parent = officeView(app.directory.office(unit.parent), tr);
  const names = liaisonNames(unit, tr);
  const headingId = `liaison-${unit.id}`;
  return (
    <article
      class="entity"
      data-unit={unit.id}
      style={{ '--office-color': OFFICE_COLORS[unit.parent] }}
      aria-labelledby={headingId}
    >
      <h2 class="entity-name" id={headingId}>
        <span class="swatch" aria-hidden="true" />
        {names.short}
      </h2>
      <p class="other-name" lang={otherLang(tr)}>
        {names.other}
      </p>
      <dl class="facts">
        <div>
          <dt>{tr.t('parentOffice')}</dt>
          <dd>
            {parent.name} <abbr class="abbr">{parent.abbr}</abbr>
          </dd>
        </div>
        <div>
          <dt>{tr.t('seat')}</dt>
          <dd>{tr.pick(unit.seat)}</dd>
        </div>
        <div>
          <dt>{tr.t('covers')}</dt>
          <dd>
            <NameList divisions={divisionsOf(app, unit.covers.codes)} tr={tr} />
          </dd>
        </div>
        {unit.started && (
          <div>
            <dt>{tr.t('started')}</dt>
            <dd>{unit.started.value}</dd>
          </div>
        )}
        <div>
          <dt>{tr.t('immigrationHelpVia', { office: parent.shortName })}</dt>
          <dd>
            <ImmigrationContact view={parent} tr={tr} />
          </dd>
        </div>
        <div>
          <dt>{tr.t('website')}</dt>
          <dd>
            <WebsiteLink href={parent.website} />
          </dd>
        </div>
      </dl>
      <SourceList
        tr={tr}
        index={sources}
        rows={liaisonFactSources(unit).map(({ fact, keys }) => ({ label: tr.t(fact), keys }))}
      />
    </article>
  );
}
