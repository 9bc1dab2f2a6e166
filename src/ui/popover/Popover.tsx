/**
 * The hover popover: one place in full, or every candidate of an ambiguous name (鼓楼区 ×4)
 * with its office. It never takes focus on hover; once pinned it is a dialog with buttons.
 */
import { COPY_LABELS, type CopyStatus, type PlaceCard } from '../../core/place-card';
import type { Translator } from '../../core/i18n';
import type { FontSize, Theme } from '../../core/settings';
import { EmergencyCard } from '../EmergencyCard';
import { Hotline, PlaceCardView } from '../PlaceCardView';

export interface PopoverProps {
  cards: PlaceCard[];
  tr: Translator;
  theme: Theme;
  fontSize: FontSize;
  pinned: boolean;
  copy: CopyStatus;
  onCopy(): void;
  onPin(): void;
  onClose(): void;
}

export function Popover({ cards, tr, theme, fontSize, pinned, copy, onCopy, onPin, onClose }: PopoverProps) {
  const [first] = cards;
  if (!first) return null;
  return (
    <div
      class="popover"
      data-testid="popover"
      data-theme={theme}
      data-size={fontSize}
      data-pinned={pinned}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={first.name}
    >
      {cards.length > 1 && <p class="candidates">{tr.t('candidates', { count: cards.length })}</p>}
      {cards.length > 1 ? (
        cards.map((card) => <PlaceCardView key={card.code} card={card} tr={tr} compact />)
      ) : (
        <PlaceCardView card={first} tr={tr} />
      )}
      {cards.length > 1 && <Hotline number={first.hotline} tr={tr} />}
      {cards.length > 1 && <EmergencyCard view={first.emergency} tr={tr} />}
      <footer class="footer">
        <span class="as-of">{tr.t('asOf', { date: first.asOf })}</span>
        <span class="actions">
          <button type="button" onClick={onCopy} aria-live="polite" data-copy={copy}>
            {tr.t(COPY_LABELS[copy])}
          </button>
          <button type="button" onClick={onPin} aria-pressed={pinned}>
            {pinned ? tr.t('unpin') : tr.t('pin')}
          </button>
          <button type="button" onClick={onClose} aria-label={tr.t('close')}>
            ×
          </button>
        </span>
      </footer>
      <p class="keys">{tr.t('keysHint')}</p>
    </div>
  );
}
