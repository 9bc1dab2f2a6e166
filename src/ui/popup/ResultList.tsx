/** The listbox of search results. Options never take focus: the search box keeps it (combobox pattern). */
import { useEffect, useRef } from 'preact/hooks';
import { OFFICE_COLORS } from '../../core/office-colors';
import type { HitRow } from './search-rows';

interface Props {
  id: string;
  rows: HitRow[];
  active: number;
  optionId(index: number): string;
  label: string;
  /** `lang` of Chinese titles. */
  zh: string;
  onPick(index: number): void;
  onHover(index: number): void;
}

export function ResultList({ id, rows, active, optionId, label, zh, onPick, onHover }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <ul ref={list} id={id} class="results" role="listbox" aria-label={label} hidden={rows.length === 0}>
      {rows.map((row, index) => (
        <li
          key={row.key}
          id={optionId(index)}
          class="result"
          role="option"
          aria-selected={index === active}
          data-key={row.key}
          onClick={() => onPick(index)}
          onMouseMove={() => index !== active && onHover(index)}
        >
          <span class="result-main">
            <span class="result-title" lang={row.titleIsChinese ? zh : 'en'}>
              {row.title}
            </span>
            {row.romanized && (
              <span class="result-roman" lang="en">
                {row.romanized}
              </span>
            )}
            {row.kindLabel && <span class="result-kind">{row.kindLabel}</span>}
          </span>
          <span class="result-detail">{row.detail}</span>
          <span class="result-office" style={{ '--office-color': OFFICE_COLORS[row.officeId] }}>
            <span class="swatch" aria-hidden="true" />
            {row.officeAbbr}
          </span>
        </li>
      ))}
    </ul>
  );
}
