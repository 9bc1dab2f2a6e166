/**
 * The emergency card: the mainland's emergency numbers and the Immigration Department's 1868
 * channels besides the hotline (shown on its own line), in the interface's language, each with a
 * dial or open link where one is published.
 */
import type { Emergency } from './data/offices-schema';
import type { MessageKey, Translator } from './i18n';

export interface EmergencyLine {
  key: string;
  label: string;
  /** What is dialled or opened, as shown: "110", "(852) 1868". */
  value?: string;
  href?: string;
}

export interface EmergencyView {
  mainland: EmergencyLine[];
  immd: EmergencyLine[];
}

const CHANNEL_LABELS: Record<Emergency['immd'][number]['channel'], MessageKey> = {
  whatsapp: 'channelWhatsapp',
  wechat: 'channelWechat',
  app: 'channelApp',
  form: 'channelForm',
};

export function emergencyView(emergency: Emergency, tr: Translator): EmergencyView {
  return {
    // Short codes are dialled as they are, from a mainland phone: no country code.
    mainland: emergency.mainland.map((line) => ({
      key: line.number,
      label: tr.pick(line.service),
      value: line.number,
      href: `tel:${line.number}`,
    })),
    immd: emergency.immd.map((channel) => ({
      key: channel.channel,
      label: tr.t(CHANNEL_LABELS[channel.channel]),
      ...(channel.href && { href: channel.href }),
    })),
  };
}

/** The card as plain lines, for the copied text. */
export function emergencyAsText(view: EmergencyView, tr: Translator): string[] {
  const line = (l: EmergencyLine) => (l.value ? `${l.value} ${l.label}` : l.href ? `${l.label}: ${l.href}` : l.label);
  return [
    `${tr.t('emergencyMainland')}: ${view.mainland.map(line).join(' · ')}`,
    `${tr.t('emergencyImmd')}: ${view.immd.map(line).join(' · ')}`,
  ];
}
