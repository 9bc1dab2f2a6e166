/**
 * A search result opened: a place card (with copy), or an office or liaison unit in full. Focus
 * moves onto the card so that screen readers read it and Esc (handled by the search) goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppData } from '../../core/data/load';
import type { Areas } from '../../core/areas';
import type { Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { COPY_LABELS, cardAsText, placeCard, type CopyStatus } from '../../core/place-card';
import type { SearchTarget } from '../../core/search';
import { PlaceCardView } from '../PlaceCardView';
import { AreaDetails } from './AreaDetails';
import { LiaisonDetails } from './LiaisonDetails';
import { OfficeDetails } from './OfficeDetails';

interface Props {
  target: SearchTarget;
  app: AppData;
  areas: Areas;
  sources: Readonly<Record<string, Source>>;
  tr: Translator;
  copy(text: string): Promise<void>;
  onBack(): void;
}

export function TargetCard({ target, app, areas, sources, tr, copy, onBack }: Props) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => card.current?.focus(), []);
  return (
    <section ref={card} class="target" tabIndex={-1} aria-label={tr.t('details')}>
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {tr.t('back')}
      </button>
      {target.kind === 'division' ? (
        <PlaceDetail target={target} app={app} tr={tr} copy={copy} />
      ) : target.kind === 'office' ? (
        <OfficeDetails office={target.office} app={app} sources={sources} tr={tr} />
      ) : target.kind === 'area' ? (
        <AreaDetails area={target.area} areas={areas} tr={tr} />
      ) : (
        <LiaisonDetails unit={target.liaison} app={app} sources={sources} tr={tr} />
      )}
    </section>
  );
}

function PlaceDetail({
  target,
  app,
  tr,
  copy,
}: {
  target: Extract<SearchTarget, { kind: 'division' }>;
  app: AppData;
  tr: Translator;
  copy(text: string): Promise<void>;
}) {
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('ready');
  const card = placeCard(app.gazetteer, app.directory, target.division, tr);
  return (
    <div class="place-detail">
      <PlaceCardView card={card} tr={tr} />
      <footer class="card-footer">
        <span class="as-of">{tr.t('asOf', { date: card.asOf })}</span>
        <button
          type="button"
          onClick={() =>
            void copy(cardAsText(card, tr)).then(
              () => setCopyStatus('copied'),
              () => setCopyStatus('failed'),
            )
          }
        >
          {tr.t(COPY_LABELS[copyStatus])}
        </button>
        <span class="visually-hidden" role="status">
          {copyStatus === 'ready' ? '' : tr.t(COPY_LABELS[copyStatus])}
        </span>
      </footer>
    </div>
  );
}
