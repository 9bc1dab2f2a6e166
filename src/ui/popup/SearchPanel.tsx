/**
 * Search: one box over every division, office and liaison unit, following the ARIA combobox
 * pattern. Focus stays in the box; arrows move the active result, Enter opens it as a card, Esc
 * goes back from a card or clears the query.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Areas } from '../../core/areas';
import type { AppData } from '../../core/data/load';
import type { Source } from '../../core/data/offices-schema';
import type { Translator } from '../../core/i18n';
import { hitRow, targetKey } from './search-rows';
import type { SearchHit, SearchTarget } from '../../core/search';
import { ResultList } from './ResultList';
import { TargetCard } from './TargetCard';
import { uiLang, zhLang } from '../lang';

export interface SearchState {
  query: string;
  /** The result opened as a card, or null for the list. */
  open: SearchTarget | null;
}

interface Props {
  app: AppData;
  areas: Areas;
  /** The popup's search (see use-search.ts): held by the popup, so the index outlives this panel. */
  search(query: string): SearchHit[];
  sources: Readonly<Record<string, Source>>;
  tr: Translator;
  /** Focus the box when shown: when the popup opens, not when a keyboard user moves through the tabs. */
  focusOnMount: boolean;
  state: SearchState;
  onChange(state: SearchState): void;
  copy(text: string): Promise<void>;
}

/** One of each kind of query the box understands: Simplified, Traditional, pinyin, initials, an office. */
const EXAMPLES = [
  { text: '义乌', lang: 'zh-CN' },
  { text: '鼓樓區', lang: 'zh-HK' },
  { text: 'chengdu', lang: 'en' },
  { text: 'sjz', lang: 'en' },
  { text: 'SHETO', lang: 'en' },
];
const LIST_ID = 'search-results';
const SEARCH_INPUT_ID = 'search-input';

export function SearchPanel({ app, areas, search, sources, tr, focusOnMount, state, onChange, copy }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(-1);
  const { query, open } = state;
  const rows = useMemo(
    () => search(query).map((hit) => ({ hit, row: hitRow(hit, app.gazetteer, app.directory, tr) })),
    [search, query, app, tr],
  );
  useEffect(() => setActive(rows.length ? 0 : -1), [rows]);
  const wasOpen = useRef(false);
  // Before paint, so that a key pressed right after going back already lands in the box.
  useLayoutEffect(() => {
    if (!open && (focusOnMount || wasOpen.current)) input.current?.focus();
    wasOpen.current = open !== null;
  }, [open]);

  const optionId = (index: number) => `option-${rows[index]?.row.key.replace(':', '-')}`;
  const setQuery = (next: string) => onChange({ query: next, open: null });

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!rows.length || open) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(rows.length - 1, Math.max(0, current + step)));
    } else if (event.key === 'Enter') {
      const chosen = rows[Math.max(active, 0)];
      if (!chosen || open) return;
      event.preventDefault();
      onChange({ query, open: chosen.hit });
    } else if (event.key === 'Escape') {
      if (!open && !query) return;
      // Handled here, so that Esc does not also close the popup.
      event.preventDefault();
      event.stopPropagation();
      if (open) onChange({ query, open: null });
      else setQuery('');
    }
  }

  const expanded = !open && rows.length > 0;
  return (
    <div class="search" onKeyDown={onKeyDown}>
      <label class="visually-hidden" for={SEARCH_INPUT_ID}>
        {tr.t('searchLabel')}
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        class="search-box"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby="search-hint"
        placeholder={tr.t('searchPlaceholder')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p id="search-hint" class="hint">
        {tr.t('searchKeys')}
      </p>
      {open ? (
        <TargetCard
          key={targetKey(open)}
          target={open}
          app={app}
          areas={areas}
          sources={sources}
          tr={tr}
          copy={copy}
          onBack={() => onChange({ query, open: null })}
        />
      ) : (
        <ResultList
          id={LIST_ID}
          rows={rows.map(({ row }) => row)}
          active={active}
          optionId={optionId}
          label={tr.t('search')}
          zh={zhLang(tr.script)}
          onPick={(index) => onChange({ query, open: rows[index]!.hit })}
          onHover={setActive}
        />
      )}
      <p class="visually-hidden" role="status">
        {query.trim() && !open ? tr.t('resultsCount', { count: rows.length }) : ''}
      </p>
      {!open && !query.trim() && (
        <div class="empty">
          <p>{tr.t('searchHint')}</p>
          <p class="examples">
            <span>{tr.t('examples')}</span>
            {EXAMPLES.map(({ text, lang }) => (
              <button
                key={text}
                type="button"
                class="chip"
                lang={lang}
                onClick={() => {
                  setQuery(text);
                  input.current?.focus();
                }}
              >
                {text}
              </button>
            ))}
          </p>
        </div>
      )}
      {!open && query.trim() && rows.length === 0 && (
        <p class="empty" lang={uiLang(tr)}>
          {tr.t('noResults', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}
