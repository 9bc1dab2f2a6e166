/** The five offices and their liaison units, with the data's date and sources. */
import type { AppData } from '../../core/data/load';
import type { Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { emergencyView } from '../../core/emergency';
import { EmergencyCard } from '../EmergencyCard';
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
        <EmergencyCard view={emergencyView(directory.emergency, tr)} tr={tr} />
        <SourceList
          tr={tr}
          index={sources}
          rows={[
            { label: tr.t('dataDate'), keys: asOfSources },
            { label: tr.t('hotline'), keys: directory.hotline.sources },
            ...emergencySourceRows(directory.emergency, tr),
          ]}
        />
      </div>
      {directory.offices.map((office) => (
        <OfficeDetails key={office.id} office={office} app={app} sources={sources} tr={tr} />
      ))}
    </div>
  );
}

/** Which sources back each emergency number and channel, labelled as the card shows them. */
function emergencySourceRows(emergency: AppData['directory']['emergency'], tr: Translator) {
  const view = emergencyView(emergency, tr);
  return [
    ...emergency.mainland.map((line, i) => ({
      label: `${line.number} ${view.mainland[i]!.label}`,
      keys: line.sources,
    })),
    ...emergency.immd.map((channel, i) => ({ label: view.immd[i]!.label, keys: channel.sources })),
  ];
}
