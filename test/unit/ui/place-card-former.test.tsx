// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslator } from '../../../src/core/i18n';
import { placeCard } from '../../../src/core/place-card';
import { Popover } from '../../../src/ui/popover/Popover';
import { directory, gazetteer } from '../../support/data';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

describe('a place card with former names', () => {
  it('says "formerly …, until YEAR" in the popover', () => {
    const tr = makeTranslator('en', 'hant');
    const card = placeCard(gazetteer, directory, gazetteer.byCode.get('420600')!, tr);
    const noop = () => {};
    const { container } = render(
      <Popover
        cards={[card]}
        tr={tr}
        theme="light"
        fontSize="normal"
        pinned={false}
        copy="ready"
        onCopy={noop}
        onPin={noop}
        onClose={noop}
      />,
    );
    expect(container.querySelector('.card .former')!.textContent).toBe('formerly 襄樊市, until 2010');
  });

  it('says it in the popup, where searching the former name finds today’s division', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hant' }, query: '蕭山市' });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    const card = screen.getByRole('region', { name: '詳情' });
    expect(card.querySelector('h2')!.textContent).toContain('蕭山區');
    expect(card.querySelector('.former')!.textContent).toBe('舊稱蕭山市，至2001年；舊稱蕭山縣，至1987年');
  });
});
