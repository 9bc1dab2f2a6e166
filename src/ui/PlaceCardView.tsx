/** One place: its names, chain, office, liaison unit and how to get help. */
import { OFFICE_COLORS } from '../core/office-colors';
import { liaisonLine, type PlaceCard } from '../core/place-card';
import type { Translator } from '../core/i18n';
import { EmergencyCard } from './EmergencyCard';
import { otherLang, uiLang, zhLang } from './lang';
import { WebsiteLink } from './WebsiteLink';

/**
 * A dialable link for a number as printed in the data, always with its country code:
 * "(86 10) 6657 2880 ext. 032" → tel:+861066572880 (the extension is dialled by hand).
 */
export const telHref = (tel: string) => `tel:+${tel.replace(/\s*ext\..*$/, '').replace(/\D/g, '')}`;

/** The Immigration Department's 24-hour hotline, dialable, as the data gives its number. */
export function Hotline({ number, tr }: { number: string; tr: Translator }) {
  return (
    <p class="hotline">
      {tr.t('hotline')}: <a href={telHref(number)}>{number}</a>
    </p>
  );
}

export function PlaceCardView({ card, tr, compact = false }: { card: PlaceCard; tr: Translator; compact?: boolean }) {
  const { office, area } = card;
  const imm = office.immigration;
  return (
    <article class="card" data-code={card.code} lang={uiLang(tr)}>
      <header class="place">
        <h2 class="place-name">
          <span lang={zhLang(tr.script)}>{card.name}</span>
          {card.otherScriptName && <span class="other-script">{card.otherScriptName}</span>}
        </h2>
        <p class="chain">
          {[card.romanized, ...card.chain].join(' · ')}
          {!compact && <span class="level"> · {card.levelLabel}</span>}
          {area?.since && <span class="since"> ({tr.t('since', { date: area.since })})</span>}
        </p>
        {card.former && <p class="former">{card.former}</p>}
        {area && (
          <p class="area-hosts">
            {tr.t('hostedBy')}:{' '}
            <span lang={zhLang(tr.script)}>{area.hosts.join(tr.language === 'en' ? ', ' : '、')}</span>
          </p>
        )}
      </header>
      {(area?.offices ?? [office]).map((each, i, all) => (
        <section
          key={each.id}
          class="office"
          data-office={each.id}
          style={{ '--office-color': OFFICE_COLORS[each.id] }}
        >
          <h3 class="label">{tr.t(area ? 'servedBy' : 'office')}</h3>
          <p class="office-name">
            <span class="swatch" aria-hidden="true" />
            {each.name} <abbr class="abbr">{each.abbr}</abbr>
          </p>
          {!compact && (
            <p class="other-name" lang={otherLang(tr)}>
              {each.otherName}
            </p>
          )}
          {i === all.length - 1 && (
            <p class="liaison">
              <span class="label-inline">{tr.t('liaisonUnit')}: </span>
              {liaisonLine(card, tr)}
            </p>
          )}
        </section>
      ))}
      {!compact && (
        <section class="help">
          <h3 class="label">{tr.t('help')}</h3>
          <p class="immigration">
            {tr.t('immigrationDivision')} · {office.shortName}
            {imm?.tel && (
              <>
                {' · '}
                {tr.t('tel')} <a href={telHref(imm.tel)}>{imm.tel}</a>
              </>
            )}
          </p>
          {imm?.tel && imm.asOf && <p class="contact-as-of">{tr.t('contactAsOf', { date: imm.asOf })}</p>}
          {!imm?.tel && <p class="no-contact">{tr.t('contactViaWebsite')}</p>}
          {imm?.hours && <p class="hours">{imm.hours}</p>}
          {imm?.address && <p class="address">{imm.address}</p>}
          <Hotline number={card.hotline} tr={tr} />
          <EmergencyCard view={card.emergency} tr={tr} />
          <p class="website">
            <WebsiteLink href={office.website} />
          </p>
        </section>
      )}
    </article>
  );
}
