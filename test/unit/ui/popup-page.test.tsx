// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup, type PopupOptions } from './popup-harness';

afterEach(cleanup);

const openPage = async (options: PopupOptions) => {
  const popup = await renderPopup({ ...options, stored: { language: 'en', ...(options.stored as object) } });
  fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
  return popup;
};

describe('popup: this page', () => {
  it('lists the places found on the page by office, and scrolls the page to one on click', async () => {
    const popup = await openPage({
      stored: { highlightAll: true },
      summary: {
        highlighting: true,
        scanning: false,
        places: [
          { code: '330100', count: 1 }, // 杭州
          { code: '440300', count: 3 }, // 深圳
          { code: '330782', count: 2 }, // 义乌
          { code: '999999', count: 1 }, // unknown: dropped
        ],
      },
    });
    await screen.findByText('Places found on this page: 4.');
    const groups = [...document.querySelectorAll<HTMLElement>('.page-group')];
    expect(groups.map((g) => g.dataset.office)).toEqual(['gdeto', 'sheto']);
    const sheto = groups[1]!;
    expect(within(sheto).getByRole('heading').textContent).toContain('Hong Kong Economic and Trade Office in Shanghai');
    const places = within(sheto).getAllByRole('button');
    expect(places.map((b) => b.dataset.code)).toEqual(['330782', '330100']);
    expect(places[0]!.textContent).toContain('義烏市');
    expect(places[0]!.textContent).toContain('2×');
    fireEvent.click(places[1]!);
    await waitFor(() => expect(popup.revealed).toEqual(['330100']));
  });

  it('explains that highlight-all is off, and turns it on', async () => {
    const popup = await openPage({ summary: { highlighting: false, scanning: false, places: [] } });
    await screen.findByText(/Turn on “Underline all place names”/);
    fireEvent.click(screen.getByRole('button', { name: 'Underline all place names' }));
    await waitFor(async () => expect((await popup.stored()).highlightAll).toBe(true));
  });

  it('explains when the page cannot be read, or nothing was found', async () => {
    await openPage({ summary: null, stored: { highlightAll: true } });
    await screen.findByText('This page cannot be read by extensions.');
    cleanup();
    await openPage({
      summary: null,
      stored: { highlightAll: true },
      site: { kind: 'noAccess', site: 'news.example.cn' },
    });
    await screen.findByText('Site access is off: HKETO Lens may not read this site.');
    expect(screen.getByRole('button', { name: 'Allow access to sites' })).toBeTruthy();
    cleanup();
    await openPage({ summary: { highlighting: true, scanning: false, places: [] }, stored: { highlightAll: true } });
    await screen.findByText('No mainland place names found on this page yet.');
    cleanup();
    await openPage({
      summary: { highlighting: false, scanning: false, places: [] },
      stored: { highlightAll: true, disabledSites: ['news.example.cn'] },
    });
    await screen.findByText(/off on this page/);
  });
});
