/** Where the user has withdrawn the extension's site access: says so, and offers to ask for it again. */
import { useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n';
import type { TabLink } from '../../core/ports';

export function SiteAccess({ tab, site, tr }: { tab: TabLink; site: string | null; tr: Translator }) {
  const [granted, setGranted] = useState(false);
  if (granted)
    return (
      <p class="site-note" role="status">
        {tr.t('siteAccessGranted')}
      </p>
    );
  return (
    <div class="site-access">
      <p class="site-note">{tr.t(site ? 'siteAccessOff' : 'siteAccessOffAll')}</p>
      <button type="button" onClick={() => void tab.requestAccess().then(setGranted)}>
        {tr.t('allowSiteAccess')}
      </button>
    </div>
  );
}
