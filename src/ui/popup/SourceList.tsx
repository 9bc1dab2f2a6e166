/** The sources behind an office's or liaison unit's facts: which back which fact, then each with its date. */
import type { Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { citedSources } from '../../core/citations';

export interface SourceRow {
  label: string;
  keys: string[];
}

export function SourceList({
  rows,
  index,
  tr,
}: {
  rows: SourceRow[];
  index: Readonly<Record<string, Source>>;
  tr: Translator;
}) {
  const cited = citedSources(
    rows.flatMap((row) => row.keys),
    index,
  );
  return (
    <details class="sources">
      <summary>{tr.t('sourcesCount', { count: cited.length })}</summary>
      <dl class="source-facts">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.keys.join(', ')}</dd>
          </div>
        ))}
      </dl>
      <ul class="source-list">
        {cited.map((source) => (
          <li key={source.key}>
            <span class="source-key">{source.key}</span>{' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            <span class="source-date">({source.date})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
