/** Everything the data says about one office and its liaison units, with sources. */
import type { AppData } from '../../core/data/load';
import type { Office, Source } from '../../core/data/offices-schema';
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { OFFICE_COLORS } from '../../core/office-colors';
import { officeView } from '../../core/place-card';
import { liaisonName } from '../../core/names';
import { liaisonFactSources, officeFactSources } from '../../core/citations';
import { telHref } from '../PlaceCardView';
import { otherLang, uiLang } from '../lang';
import { NameList } from './names';
import { SourceList } from './SourceList';
import { WebsiteLink } from '../WebsiteLink';

interface Props {
  office: Office;
  app: AppData;
  sources: Readonly<Record<string, Source>>;
  tr: Translator;
}

export const divisionsOf = ({ gazetteer }: AppData, codes: string[]): Division[] =>
  codes.flatMap((code) => gazetteer.byCode.get(code) ?? []);

export function OfficeDetails({ office, app, sources, tr }: Props) {
  const view = officeView(office, tr);
  const units = app.directory.liaisonUnits.filter((unit) => unit.parent === office.id);
  const headingId = `office-${office.id}`;
  return (
    <article
      class="entity"
      data-office={office.id}
      style={{ '--office-color': OFFICE_COLORS[office.id] }}
      aria-labelledby={headingId}
    >
      <h2 class="entity-name" id={headingId}>
        <span class="swatch" aria-hidden="true" />
        {view.name} <abbr class="abbr">{view.abbr}</abbr>
      </h2>
      <p class="other-name" lang={otherLang(tr)}>
        {view.otherName}
      </p>
      <dl class="facts">
        <div>
          <dt>{tr.t('seat')}</dt>
          <dd>{tr.pick(office.seat)}</dd>
        </div>
        <div>
          <dt>{tr.t('covers')}</dt>
          <dd>
            <NameList divisions={divisionsOf(app, office.serves.provinces)} tr={tr} />
            {office.serves.since && <span class="muted"> ({tr.t('since', { date: office.serves.since })})</span>}
          </dd>
        </div>
        <div>
          <dt>{tr.t('immigrationDivision')}</dt>
          <dd>
            <ImmigrationContact view={view} tr={tr} since={office.immigrationDivision.since} />
          </dd>
        </div>
        <div>
          <dt>{tr.t('website')}</dt>
          <dd>
            <WebsiteLink href={view.website} />
          </dd>
        </div>
        <div>
          <dt>{tr.t('established')}</dt>
          <dd>{office.established.value}</dd>
        </div>
        <div>
          <dt>{tr.t('liaisonUnits')}</dt>
          <dd>
            {units.length ? (
              <ul class="units">
                {units.map((unit) => (
                  <li key={unit.id} data-unit={unit.id}>
                    <span class="unit-name">{liaisonName(unit, tr)}</span>
                    {' · '}
                    <NameList divisions={divisionsOf(app, unit.covers.codes)} tr={tr} />
                    {unit.started && <span class="muted"> · {tr.t('since', { date: unit.started.value })}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              tr.t('none')
            )}
          </dd>
        </div>
      </dl>
      <SourceList
        tr={tr}
        index={sources}
        rows={[
          ...officeFactSources(office).map(({ fact, keys }) => ({ label: tr.t(fact), keys })),
          ...units.map((unit) => ({
            label: liaisonName(unit, tr),
            keys: [...new Set(liaisonFactSources(unit).flatMap((f) => f.keys))],
          })),
        ]}
      />
    </article>
  );
}

/** The Immigration Division's contact, or where to find it when the data has none. */
export function ImmigrationContact({
  view,
  tr,
  since,
}: {
  view: ReturnType<typeof officeView>;
  tr: Translator;
  since?: string;
}) {
  const imm = view.immigration;
  return (
    <span lang={uiLang(tr)}>
      {since && <span class="muted">{tr.t('since', { date: since })}</span>}
      {imm?.tel ? (
        <>
          {since && <br />}
          {tr.t('tel')} <a href={telHref(imm.tel)}>{imm.tel}</a>
          {imm.asOf && (
            <>
              <br />
              <span class="contact-as-of">{tr.t('contactAsOf', { date: imm.asOf })}</span>
            </>
          )}
          {imm.hours && (
            <>
              <br />
              <span class="muted">{imm.hours}</span>
            </>
          )}
          {imm.address && (
            <>
              <br />
              <span class="muted">{imm.address}</span>
            </>
          )}
        </>
      ) : (
        <>
          {since && <br />}
          {tr.t('contactViaWebsite')}
        </>
      )}
    </span>
  );
}
