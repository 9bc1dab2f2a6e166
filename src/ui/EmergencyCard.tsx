/** The emergency card: mainland emergency numbers and the Immigration Department's other 1868 channels. */
import { Fragment } from 'preact';
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

/** Lines separated by dots outside them, so that a wrapped line starts with its own text. */
function Lines({ lines }: { lines: EmergencyLine[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={line.key}>
          {i > 0 && ' · '}
          <span class="emergency-line">
            <Line line={line} />
          </span>
        </Fragment>
      ))}
    </>
  );
}

export function EmergencyCard({ view, tr }: { view: EmergencyView; tr: Translator }) {
  return (
    <section class="emergency" aria-label={tr.t('emergency')}>
      <p class="emergency-mainland">
        <span class="label-inline">{tr.t('emergencyMainland')}: </span>
        <Lines lines={view.mainland} />
      </p>
      <p class="emergency-immd">
        <span class="label-inline">{tr.t('emergencyImmd')}: </span>
        <Lines lines={view.immd} />
      </p>
    </section>
  );
}
