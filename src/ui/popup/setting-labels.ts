import type { MessageKey } from '../../core/i18n';
import type { Settings } from '../../core/settings';

/** The label of each setting, to name the ones that had to be reset. */
export const SETTING_LABELS: Record<keyof Settings, MessageKey> = {
  enabled: 'enabledLabel',
  disabledSites: 'disabledSites',
  script: 'script',
  language: 'language',
  holdKey: 'holdKey',
  hoverDelay: 'hoverDelay',
  theme: 'theme',
  fontSize: 'fontSize',
  countyShortNames: 'countyShortNames',
  highlightAll: 'highlightAll',
  editable: 'editable',
  tapToLookUp: 'tapToLookUp',
};
