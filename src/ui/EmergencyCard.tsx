/** The emergency card: mainland emergency numbers and the Immigration Department's other 1868 channels. */
import type { EmergencyLine, EmergencyView } from '../core/emergency';
import type { Translator } from '../core/i18n';

function Line({ line }: { line: EmergencyLine }) {
  if (line.value) {
    return (
      <>
        <a href={line.href}>{line.value}</a> {line.label}
      </>
    );
  }
  return line.href ? (
    <a href={line.href} target="_blank" rel="noopener noreferrer">
      {line.label}
    </a>
  ) : (
    <>{line.label}</>
  );
}

export function EmergencyCard({ view, tr }: { view: EmergencyView; tr: Translator }) {
  return (
    <section class="emergency" aria-label={tr.t('emergency')}>
      <p class="emergency-mainland">
        <span class="label-inline">{tr.t('emergencyMainland')}: </span>
        {view.mainland.map((line, i) => (
          <span key={line.key} class="emergency-line">
            {i > 0 && ' · '}
            <Line line={line} />
          </span>
        ))}
      </p>
      <p class="emergency-immd">
        <span class="label-inline">{tr.t('emergencyImmd')}: </span>
        {view.immd.map((line, i) => (
          <span key={line.key} class="emergency-line">
            {i > 0 && ' · '}
            <Line line={line} />
          </span>
        ))}
      </p>
    </section>
  );
}
