/**
 * Latin names on English pages: county-level cities, older romanizations, hyphenated and
 * spaced spellings, datelines, and the names of people, organisations, streets and towns
 * elsewhere that must be left alone. The sentences are written for these rules; the English
 * test set (test/eval/english) measures them on real text.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECT_OPTIONS, makeDetector } from '../../../src/core/detect/detect';
import { PageEvidence } from '../../../src/core/detect/page-evidence';
import { gazetteer } from '../../support/data';

const detector = makeDetector(gazetteer);
const found = (text: string): Array<[string, string]> =>
  detector.detect(text).map((d) => [text.slice(d.start, d.end), d.codes[0]!]);
const names = (text: string) => found(text).map(([name]) => name);

describe('Latin names: county-level cities', () => {
  it('finds a county-level city with its province or prefecture named near it, or its level word', () => {
    expect(found('Dujiangyan, Sichuan, lies on the Min river.')).toEqual([
      ['Dujiangyan', '510181'],
      ['Sichuan', '510000'],
    ]);
    expect(found('The factory is in Yiwu City.')).toEqual([['Yiwu City', '330782']]);
    expect(found("A ferry leaves Nan'an, in Quanzhou, at noon.")).toEqual([
      ["Nan'an", '350583'],
      ['Quanzhou', '350500'],
    ]);
    expect(names('Yongji county is in Shanxi.')[0]).toBe('Yongji');
  });

  it('finds a county-level city after a preposition of place in a sentence that names China', () => {
    expect(found('China has started building a test complex near Xingcheng.')).toEqual([['Xingcheng', '211481']]);
    expect(names('At Yiwu, Chinese traders sell everything.')).toEqual(['Yiwu']);
    expect(names('She met Xinyi in China.')).toEqual([]);
    expect(names('Xinyi said China would win.')).toEqual([]);
    expect(names('The mall in Xinyi, Taipei, Republic of China, opened.')).toEqual([]);
    expect(names('The plant near Xingcheng opened.')).toEqual([]);
  });

  it('leaves a bare county-level city name alone: it is as often a given name', () => {
    expect(names('Xinyi and Yiwu said they would come.')).toEqual([]);
    expect(names('Wenling Chestnut is her name; China is far.')).toEqual([]);
    expect(names('They joined the Mile High Club.')).toEqual([]);
  });
});

describe('Latin names: older romanizations', () => {
  it('finds postal and conventional names of provinces and major cities', () => {
    expect(found('He flew from Peking to Tientsin, then to Nanking and Amoy.')).toEqual([
      ['Peking', '110000'],
      ['Tientsin', '120000'],
      ['Nanking', '320100'],
      ['Amoy', '350200'],
    ]);
    expect(
      found('Kwangtung and Szechwan; Chungking, Urumchi, Tsingtao, Kweilin, Swatow, Foochow.').map(([, c]) => c),
    ).toEqual(['440000', '510000', '500000', '650100', '370200', '450300', '440500', '350100']);
  });

  it('finds the spellings that dictionaries and encyclopaedias give beside the postal ones', () => {
    expect(found("Kwangchow's fair; Nei Monggol; T'ien-ching and Tien-ching.")).toEqual([
      ['Kwangchow', '440100'],
      ['Nei Monggol', '150000'],
      ["T'ien-ching", '120000'],
      ['Tien-ching', '120000'],
    ]);
    expect(found('Tienching and Hopei')).toEqual([
      ['Tienching', '120000'],
      ['Hopei', '130000'],
    ]);
    expect(names('The Kwangchowan lease was French.')).toEqual([]);
  });

  it('reads Canton as Guangzhou only where China is in the sentence, never with a US state', () => {
    expect(found('Trade with Canton resumed after the Chinese envoy left.')).toEqual([['Canton', '440100']]);
    expect(names('He drove from Canton, Ohio, to Akron.')).toEqual([]);
    expect(names('The Canton Telephone Co serves Pennsylvania.')).toEqual([]);
    expect(names('At the canton reorganisation the canton lost four communes.')).toEqual([]);
  });

  it('reads Canton as Guangzhou on a page that has named other places, one sense per page', () => {
    const page = new PageEvidence();
    const options = { ...DEFAULT_DETECT_OPTIONS, page };
    const sentence = 'Trade with Canton resumed in the spring.';
    expect(detector.detect(sentence, options)).toEqual([]);
    detector.detect('The envoy went on from Peking to Nanking.', options);
    expect(detector.detect(sentence, options).map((d) => d.codes[0])).toEqual(['440100']);
    expect(detector.detect('He drove from Canton, Ohio.', options)).toEqual([]);
  });

  it('finds ALL-CAPS datelines, also of names that otherwise need evidence', () => {
    expect(found('PEKING - Wheat crops suffered frost damage.')).toEqual([['PEKING', '110000']]);
    expect(found('(XYZ 0405) CANTON, March 3 - Rain fell.')).toEqual([['CANTON', '440100']]);
    expect(found('BEIJING (Reuters) - Markets rose.')).toEqual([['BEIJING', '110000']]);
    expect(names('THE LAST MILE - a column')).toEqual([]);
  });
});

describe('Latin names: hyphenated and spaced spellings', () => {
  it('accepts pinyin with hyphens between syllables, and names of several words with hyphens', () => {
    expect(found('Shang-hai and Nan-chang; Inner-Mongolia; Hulun Buir; Tsing-tao.')).toEqual([
      ['Shang-hai', '310000'],
      ['Nan-chang', '360100'],
      ['Inner-Mongolia', '150000'],
      ['Hulun Buir', '150700'],
      ['Tsing-tao', '370200'],
    ]);
  });
});

describe('Latin names: what they leave alone', () => {
  it.each([
    ['a person with a surname before', 'Premier Zhao Ziyang spoke; so did Zhao (Ziyang).'],
    ['a person named between two capitalised words', 'Carmen Yulín Cruz was the mayor of San Juan.'],
    ['a painter', 'Salvador Dali painted it; Dali liked clocks.'],
    ['a dairy', 'Yili reported higher milk sales.'],
    ['a steelworks', 'Baoshan Iron and Steel raised its prices.'],
    ['a street named after a city', 'They met on Beijing West Road and North Chongqing Road.'],
    ['a Taiwan university', 'a professor at Soochow University said.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads a name the way its sentence uses it: the dog, the melon, or the place beside its parent', () => {
    expect(names('Lhasa, Lhasa apso: a breed of terrier raised in Tibet')).toEqual(['Tibet']);
    expect(names('Hami melons are sold all over China.')).toEqual([]);
    expect(names('A Lhasa apso from Lhasa, Tibet, won.')).toEqual(['Lhasa', 'Tibet']);
    expect(names('Hami melons grow around Hami, Xinjiang.')).toEqual(['Hami', 'Xinjiang']);
    expect(names('He flew to Lhasa in Tibet.')).toEqual(['Lhasa', 'Tibet']);
    // Its other sense is only ever the dog, which the next word says: alone, Lhasa is the city.
    expect(names('Pilgrims walk the Barkhor in Lhasa every morning.')).toEqual(['Lhasa']);
    expect(names('Our Lhasa Apso barked at the postman.')).toEqual([]);
  });

  it('reads a Wade-Giles name written joined only with evidence: alone it is often a word or name elsewhere', () => {
    expect(names('Apa Horsiesios led the monks; Prime Minister Walter LINI spoke; Hopi villages.')).toEqual([]);
    expect(names('He visited Apa, Szechwan.')).toEqual(['Apa', 'Szechwan']);
    expect(names('Trains run from Lanchou to Kuang-chou.')).toEqual(['Lanchou', 'Kuang-chou']);
    expect(names('Lin-i and A-pa, hyphenated, are read alone.')).toEqual(['Lin-i', 'A-pa']);
  });

  it('reads Altay as the Xinjiang prefecture only with evidence, not the Russian republic', () => {
    expect(names('republics: Adygeya (Maykop), Altay (Gorno-Altaysk), Bashkortostan (Ufa)')).toEqual([]);
    expect(names('Altay, Xinjiang, lies near the border.')).toEqual(['Altay', 'Xinjiang']);
  });

  it('still finds a place after a sentence-opening word, or before a place word', () => {
    expect(names('In Beijing Xi met the envoy.')).toEqual(['Beijing']);
    expect(names('The Grand Hotel Beijing Airport opened.')).toEqual(['Beijing']);
    expect(names('Dali, Yunnan, and Baoshan, Yunnan.')).toEqual(['Dali', 'Yunnan', 'Baoshan', 'Yunnan']);
  });
});
