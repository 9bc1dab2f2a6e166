/**
 * The provinces as a tile map coloured by office. Tiles are buttons in one tab stop: arrows move
 * between them as on the map, Enter or a click shows the province's office and cities below.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppData } from '../../core/data/load';
import type { Division } from '../../core/gazetteer';
import type { Translator } from '../../core/i18n';
import { OFFICE_COLORS, textColorOn } from '../../core/office-colors';
import { liaisonName, shortName } from '../../core/names';
import { provinceFacts, type ProvinceFacts } from './province-map';
import { MAP_COLUMNS, MAP_ROWS, neighbour, TILES, type Direction } from './map-tiles';
import { uiLang } from '../lang';
import { ProvinceDetail } from './ProvinceDetail';

interface Props {
  app: AppData;
  tr: Translator;
  selected: string | null;
  onSelect(code: string): void;
  onOpenPlace(division: Division): void;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Marks on a tile: ● a unit for the whole province, ○ a unit for a city in it (Shenzhen). */
const marker = (facts: ProvinceFacts) =>
  facts.units.some((u) => u.wholeProvince) ? '●' : facts.units.length ? '○' : '';

export function MapPanel({ app, tr, selected, onSelect, onOpenPlace }: Props) {
  const [focusable, setFocusable] = useState(selected ?? TILES[0]!.code);
  const grid = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const shown = useRef(false);
  // Bring a newly chosen province's details into view; not on coming back to the map.
  useEffect(() => {
    if (shown.current) detail.current?.scrollIntoView?.({ block: 'nearest' });
    shown.current = true;
  }, [selected]);
  const facts = useMemo(
    () => new Map(TILES.map((tile) => [tile.code, provinceFacts(app.gazetteer, app.directory, tile.code)])),
    [app],
  );
  const chinese = tr.language === 'zh';

  function onKeyDown(event: KeyboardEvent, code: string) {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const next = neighbour(code, direction);
    if (!next) return;
    setFocusable(next.code);
    grid.current?.querySelector<HTMLElement>(`[data-code="${next.code}"]`)?.focus();
  }

  /** Starts with the tile's visible text (short name or ISO letters), so that speech input can name it. */
  function tileLabel(f: ProvinceFacts, iso: string): string {
    const province = chinese ? shortName(f.province, tr) : `${iso} (${shortName(f.province, tr)})`;
    const office = `${tr.pick(f.office.name)} (${f.office.abbr.value})`;
    const unit = f.units[0];
    if (!unit) return tr.t('tileLabel', { province, office });
    const area = unit.wholeProvince ? '' : ` (${shortName(unit.area, tr)})`;
    return tr.t('tileLabelLiaison', { province, office, unit: liaisonName(unit.unit, tr) + area });
  }

  const chosen = selected ? facts.get(selected) : undefined;
  return (
    <div class="map">
      <h2 class="panel-title">{tr.t('mapTitle')}</h2>
      <p class="hint">{tr.t('mapHint')}</p>
      <div
        ref={grid}
        class="tile-map"
        role="group"
        aria-label={tr.t('mapTitle')}
        style={{ gridTemplateColumns: `repeat(${MAP_COLUMNS}, 1fr)`, gridTemplateRows: `repeat(${MAP_ROWS}, auto)` }}
      >
        {TILES.map((tile) => {
          const f = facts.get(tile.code)!;
          const color = OFFICE_COLORS[f.office.id];
          const label = tileLabel(f, tile.iso);
          const mark = marker(f);
          return (
            <button
              key={tile.code}
              type="button"
              class="tile"
              data-code={tile.code}
              data-office={f.office.id}
              style={{ gridRow: tile.row + 1, gridColumn: tile.col + 1, background: color, color: textColorOn(color) }}
              tabIndex={tile.code === focusable ? 0 : -1}
              aria-pressed={tile.code === selected}
              aria-label={label}
              title={label}
              onClick={() => {
                setFocusable(tile.code);
                onSelect(tile.code);
              }}
              onKeyDown={(event) => onKeyDown(event, tile.code)}
            >
              <span class="tile-name" lang={uiLang(tr)}>
                {chinese ? shortName(f.province, tr) : tile.iso}
              </span>
              {mark && (
                <span class="tile-mark" aria-hidden="true">
                  {mark}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <ul class="legend" aria-label={tr.t('legend')}>
        {app.directory.offices.map((office) => (
          <li key={office.id} style={{ '--office-color': OFFICE_COLORS[office.id] }}>
            <span class="swatch" aria-hidden="true" />
            {chinese ? (
              <>
                {office.shortName[tr.script]} <abbr class="abbr">{office.abbr.value}</abbr>
              </>
            ) : (
              office.abbr.value
            )}
          </li>
        ))}
        <li>
          <span class="legend-mark" aria-hidden="true">
            ●
          </span>
          {tr.t('legendProvinceUnit')}
        </li>
        <li>
          <span class="legend-mark" aria-hidden="true">
            ○
          </span>
          {tr.t('legendCityUnit')}
        </li>
      </ul>
      <div ref={detail} aria-live="polite">
        {chosen && <ProvinceDetail facts={chosen} tr={tr} onOpenPlace={onOpenPlace} />}
      </div>
    </div>
  );
}
