// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslator } from '../../../src/core/i18n';
import { cardAsText, placeCard } from '../../../src/core/place-card';
import { Popover } from '../../../src/ui/popover/Popover';
import { directory, division, gazetteer, officesFile } from '../../support/data';
import { renderPopup } from './popup-harness';

afterEach(cleanup);

const en = makeTranslator('en', 'hant');
const noop = () => {};
const popover = (names: string[], tr = en) =>
  render(
    <Popover
      cards={names
        .flatMap((name) => gazetteer.divisions.filter((d) => d.nameHans === name))
        .map((d) => placeCard(gazetteer, directory, d, tr))}
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

function expectEmergencyCard(scope: HTMLElement) {
  const card = within(scope).getByRole('region', { name: 'Emergency' });
  for (const [number, service] of [
    ['110', 'Police'],
    ['119', 'Fire'],
    ['120', 'Ambulance'],
    ['122', 'Traffic accidents'],
  ]) {
    expect(within(card).getByRole('link', { name: number }).getAttribute('href')).toBe(`tel:${number}`);
    expect(card.textContent).toContain(`${number} ${service}`);
  }
  const whatsapp = within(card).getByRole('link', { name: '1868 WhatsApp' });
  expect(whatsapp.getAttribute('href')).toBe('https://wa.me/message/IGSJWR2HF5PZI1?src=qr');
  expect(whatsapp.getAttribute('rel')).toBe('noopener noreferrer');
  expect(within(card).getByRole('link', { name: 'Online assistance form (ImmD website)' }).getAttribute('href')).toBe(
    'https://www.immd.gov.hk/',
  );
  // No WeChat ID is published in the sources: the channel is named, not linked.
  expect(card.textContent).toContain('1868 WeChat');
  expect(within(card).queryByRole('link', { name: '1868 WeChat' })).toBeNull();
  expect(card.textContent).toContain('the 1868 chatbot');
}

describe('emergency card', () => {
  it('is in the popover’s help section, with the hotline above it', () => {
    const { container } = popover(['余杭区']);
    const help = container.querySelector<HTMLElement>('.card .help')!;
    expectEmergencyCard(help);
    expect(within(help).getByRole('link', { name: '(852) 1868' }).getAttribute('href')).toBe('tel:+8521868');
  });

  it('is under the shared hotline when the popover lists several places', () => {
    const { container } = popover(['鼓楼区']);
    expect(container.querySelectorAll('.card')).toHaveLength(4);
    expect(container.querySelector('.card .emergency')).toBeNull();
    expectEmergencyCard(container as HTMLElement);
  });

  it('shows the date of a contact whose only source is old (Wuhan, 2020)', () => {
    const { container } = popover(['武汉市']);
    expect(container.querySelector('.contact-as-of')!.textContent).toBe(
      'as published on 2020-02-10: check before relying on it',
    );
    cleanup();
    const { container: shanghai } = popover(['杭州市']);
    expect(shanghai.querySelector('.contact-as-of')).toBeNull();
  });

  it('is in the copied text, in Chinese too', () => {
    const zh = makeTranslator('zh', 'hant');
    const text = cardAsText(placeCard(gazetteer, directory, division('武汉市'), zh), zh);
    expect(text).toContain('內地緊急電話: 110 報警 · 119 火警 · 120 急救 · 122 交通事故');
    expect(text).toContain('1868微信求助熱線');
    expect(text).toContain('資料於 2020-02-10 公布');
  });

  it('is in the popup’s directory, each number and channel with its dated sources', async () => {
    await renderPopup({ stored: { language: 'en' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Directory' }));
    const head = screen.getByRole('tabpanel', { name: 'Directory' }).querySelector<HTMLElement>('.data-date')!;
    expectEmergencyCard(head);
    const facts = head.querySelector('.source-facts')!.textContent!;
    for (const label of ['110 Police', '122 Traffic accidents', '1868 WhatsApp', '1868 WeChat'])
      expect(facts).toContain(label);
    const cited = [...head.querySelectorAll('.source-list a')].map((a) => a.getAttribute('href'));
    expect(cited).toContain('https://immd.gov.hk/hkt/press/press-releases/20230403.html');
    for (const date of head.querySelectorAll('.source-date')) expect(date.textContent).toMatch(/^\((\d{4}|undated)/);
  });

  it('has a source for every number and channel', () => {
    const { emergency, sources = {} } = officesFile;
    for (const fact of [...emergency.mainland, ...emergency.immd]) {
      for (const key of fact.sources) expect(sources[key], key).toBeDefined();
    }
  });
});
