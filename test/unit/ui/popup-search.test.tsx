// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

const box = () => screen.getByRole('combobox');
const options = () => screen.queryAllByRole('option');
const titles = () => options().map((o) => o.querySelector('.result-title')!.textContent);
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });

describe('popup search', () => {
  it('opens with the box focused, in the browser language', async () => {
    await renderPopup({ browserLanguage: 'zh-HK' });
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect(screen.getByRole('tab', { name: '搜尋' }).getAttribute('aria-selected')).toBe('true');
    expect(document.documentElement.lang).toBe('zh-HK');
  });

  it('finds Simplified and Traditional names, and shows them in the chosen script', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hant' } });
    type('义乌');
    expect(titles()[0]).toBe('義烏市');
    expect(options()[0]!.textContent).toContain('金華市 · 浙江省');
    expect(options()[0]!.textContent).toContain('SHETO');
    type('瀋陽');
    expect(titles()[0]).toBe('瀋陽市');
    expect(options()[0]!.textContent).toContain('BJO');
    cleanup();

    await renderPopup({ stored: { language: 'zh', script: 'hans' } });
    type('義烏');
    expect(titles()[0]).toBe('义乌市');
    expect(options()[0]!.textContent).toContain('金华市 · 浙江省');
    expect(screen.getByRole('tab', { name: '搜索' })).toBeTruthy();
  });

  it('finds pinyin, initials and English names', async () => {
    await renderPopup({ stored: { language: 'en' } });
    type('hangzhou');
    expect(titles()[0]).toBe('杭州市');
    expect(options()[0]!.querySelector('.result-roman')!.textContent).toBe('Hangzhou');
    type('sjz');
    expect(titles()[0]).toBe('石家莊市');
    type('Urumqi');
    expect(titles()[0]).toBe('烏魯木齊市');
    expect(options()[0]!.textContent).toContain('Xinjiang');
  });

  it('finds offices by abbreviation and liaison units by name, marked as such', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hant' } });
    type('CDETO');
    expect(titles()[0]).toBe('駐成都辦');
    expect(options()[0]!.querySelector('.result-kind')!.textContent).toBe('辦事處');
    type('驻浙江联络处');
    expect(titles()[0]).toBe('駐浙江聯絡處');
    expect(options()[0]!.querySelector('.result-kind')!.textContent).toBe('聯絡處');
  });

  it('tells apart places that share a name by prefecture and province', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hans' } });
    type('鼓楼区');
    const gulou = options().filter((o) => o.querySelector('.result-title')!.textContent === '鼓楼区');
    expect(gulou.map((o) => o.querySelector('.result-detail')!.textContent)).toEqual([
      '南京市 · 江苏省',
      '徐州市 · 江苏省',
      '福州市 · 福建省',
      '开封市 · 河南省',
    ]);
  });

  it('says so when nothing matches, and offers examples when the box is empty', async () => {
    await renderPopup({ stored: { language: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'SHETO' }));
    expect(box()).toHaveProperty('value', 'SHETO');
    expect(titles()[0]).toBe('Hong Kong Economic and Trade Office in Shanghai');
    expect(options()[0]!.querySelector('.result-kind')!.textContent).toBe('Office');
    type('qqqqzzzz');
    expect(options()).toHaveLength(0);
    expect(screen.getByText('No place or office matches “qqqqzzzz”.')).toBeTruthy();
  });
});

describe('popup search: keyboard', () => {
  it('moves with arrows, opens with Enter, goes back with Esc, and clears with Esc', async () => {
    await renderPopup({ stored: { language: 'zh', script: 'hans' }, query: '鼓楼区' });
    const active = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '');
    await waitFor(() => expect(active()?.getAttribute('aria-selected')).toBe('true'));
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(active()).toBe(options()[0]);

    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    await waitFor(() => expect(active()).toBe(options()[1]));
    expect(options().filter((o) => o.getAttribute('aria-selected') === 'true')).toEqual([options()[1]]);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    await waitFor(() => expect(active()).toBe(options()[0]));

    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await waitFor(() => expect(active()).toBe(options()[1]));
    fireEvent.keyDown(box(), { key: 'Enter' });
    const card = await screen.findByRole('region', { name: '详情' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain('鼓楼区');
    expect(card.textContent).toContain('徐州市 · 江苏省');
    expect(options()).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(card));

    fireEvent.keyDown(card, { key: 'Escape' });
    await waitFor(() => expect(options().length).toBeGreaterThan(3));
    expect(box()).toHaveProperty('value', '鼓楼区');
    await waitFor(() => expect(document.activeElement).toBe(box()));

    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box()).toHaveProperty('value', '');
    expect(options()).toHaveLength(0);
  });

  it('opens a result on click and goes back with the Back button', async () => {
    await renderPopup({ stored: { language: 'en' }, query: 'hangzhou' });
    fireEvent.click(options()[0]!);
    expect(screen.getByRole('region', { name: 'Details' }).textContent).toContain('杭州市');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(titles()[0]).toBe('杭州市');
  });
});

describe('popup tabs', () => {
  it('moves between sections with arrow keys, Home and End, one tab stop, the panel labelled by its tab', async () => {
    await renderPopup({ stored: { language: 'en' } });
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('Search').focus();
    fireEvent.keyDown(tab('Search'), { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(tab('Directory')));
    expect(tab('Directory').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Directory' })).toBeTruthy();
    fireEvent.keyDown(tab('Directory'), { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(tab('Settings')));
    fireEvent.keyDown(tab('Settings'), { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(tab('Search')));
    fireEvent.keyDown(tab('Search'), { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(tab('Settings')));
    fireEvent.keyDown(tab('Settings'), { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(tab('Search')));
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([tab('Search')]);
  });
});

describe('popup search index', () => {
  it('is built once per popup, not again when the Search tab comes back', async () => {
    performance.clearMeasures('hketo-lens:search-index');
    await renderPopup({ stored: { language: 'en' } });
    type('hangzhou');
    expect(titles()[0]).toBe('杭州市');
    fireEvent.click(screen.getByRole('tab', { name: 'Directory' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    type('sjz');
    expect(titles().length).toBeGreaterThan(0);
    expect(performance.getEntriesByName('hketo-lens:search-index')).toHaveLength(1);
  });
});
