import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** Applies ANSI styles only when color is on; the caller decides (TTY, NO_COLOR). */
export function styler(color: boolean) {
  return (format: Format, text: string): string =>
    color ? styleText(format, text, { validateStream: false }) : text;
}
export type Styler = ReturnType<typeof styler>;
