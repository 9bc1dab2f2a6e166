// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changesOwnText } from '../../../../src/page/highlight-all/blocks';

/** The records of the changes `change` makes to a fresh <div>, as the scanner's observer sees them. */
async function recordsOf(html: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  change(root);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  root.remove();
  return records;
}

describe('changesOwnText: which page changes can alter the text of a block', () => {
  it('ignores a block appended to a feed or removed from it', async () => {
    const added = await recordsOf('<p>一</p>\n<p>二</p>', (root) =>
      root.append(Object.assign(document.createElement('p'), { textContent: '杭州' })),
    );
    expect(added.map(changesOwnText)).toEqual([false]);
    const removed = await recordsOf('<p>一</p>\n<p>二</p>', (root) => root.lastElementChild!.remove());
    expect(removed.map(changesOwnText)).toEqual([false]);
  });

  it('sees text and inline elements come and go, and text edited', async () => {
    expect((await recordsOf('<p>杭</p>', (root) => root.append('州'))).map(changesOwnText)).toEqual([true]);
    const span = await recordsOf('<p>一</p>', (root) =>
      root.append(Object.assign(document.createElement('span'), { textContent: '杭州' })),
    );
    expect(span.map(changesOwnText)).toEqual([true]);
    const edited = await recordsOf('杭州', (root) => ((root.firstChild as Text).data = '广州'));
    expect(edited.map(changesOwnText)).toEqual([true]);
  });

  it('sees a block put between two runs of text, or taken from between them', async () => {
    const split = await recordsOf('北京', (root) =>
      (root.firstChild as Text).after(document.createElement('p'), '上海'),
    );
    expect(split.some(changesOwnText)).toBe(true);
    const joined = await recordsOf('南<p>x</p>京', (root) => root.querySelector('p')!.remove());
    expect(joined.map(changesOwnText)).toEqual([true]);
  });
});
