/**
 * When the bootstrap's code began to run in this frame: imported first by the entrypoint, so
 * that the time taken to evaluate the rest of its modules counts in the page benchmark's figure.
 */
export const evaluationStart = performance.now();
