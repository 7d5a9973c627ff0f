import type { ProgressEvent } from '../sources/aws/context.js';

export type ProgressMode = 'live' | 'lines' | 'quiet';

/**
 * Progress of a live scan on stderr: one redrawn status line on a terminal, a plain line per
 * finished service and region otherwise, nothing with --quiet.
 */
export function progressReporter(mode: ProgressMode, write: (text: string) => void) {
  const running = new Set<string>();
  let done = 0;
  let resources = 0;
  let gaps = 0;
  return {
    onProgress(event: ProgressEvent): void {
      if (mode === 'quiet') return;
      const key = `${event.service}@${event.region}`;
      if (event.kind === 'start') {
        running.add(key);
      } else {
        running.delete(key);
        done++;
        resources += event.resources;
        gaps += event.gaps;
        if (mode === 'lines') {
          const gapText = event.gaps > 0 ? `, ${event.gaps} coverage gap(s)` : '';
          write(`demarc: read ${event.service} in ${event.region}: ${event.resources} resources${gapText}\n`);
        }
      }
      if (mode === 'live') {
        const now = [...running].slice(0, 4).join(', ');
        const more = running.size > 4 ? ` +${running.size - 4}` : '';
        write(`\r\x1b[2Kreading ${done} done, ${resources} resources, ${gaps} gaps  ${now}${more}`);
      }
    },
    /** A line that must be seen even mid-redraw (a service that stays throttled, a dead endpoint). */
    notice(line: string): void {
      if (mode === 'live') write(`\r\x1b[2K${line}\n`);
      else write(`${line}\n`);
    },
    finish(): void {
      if (mode === 'live') write('\r\x1b[2K');
    },
  };
}
