/** The five offices and their liaison units, with the data's date and sources. */
import type { AppData } from '../../core/data/load';
import type { Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { Hotline } from '../PlaceCardView';
import { OfficeDetails } from './OfficeDetails';
import { SourceList } from './SourceList';

interface Props {
  app: AppData;
  sources: Readonly<Record<string, Source>>;
  asOfSources: string[];
  tr: Translator;
}

export function DirectoryPanel({ app, sources, asOfSources, tr }: Props) {
  const { directory } = app;
  return (
    <div class="directory">
      <div class="data-date">
        <p>
          <strong>{tr.t('asOf', { date: directory.asOf })}</strong>
        </p>
        <p>{tr.t('directoryIntro', { offices: directory.offices.length, units: directory.liaisonUnits.length })}</p>
        <Hotline number={directory.hotline.number} tr={tr} />
        <SourceList
          tr={tr}
          index={sources}
          rows={[
            { label: tr.t('dataDate'), keys: asOfSources },
            { label: tr.t('hotline'), keys: directory.hotline.sources },
          ]}
        />
      </div>
      {directory.offices.map((office) => (
        <OfficeDetails key={office.id} office={office} app={app} sources={sources} tr={tr} />
      ))}
    </div>
  );
}
