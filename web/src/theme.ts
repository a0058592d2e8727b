import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

/*
 * Text contrast that meets WCAG AA (4.5:1) in both colour schemes. Mantine's defaults fall short in
 * several places: dimmed grey on white is 3.32:1, white on the indigo primary 4.32:1, light badges
 * (shade 9 on shade 1) 2.7–4.3:1 for teal, green, orange and yellow, outline and plain coloured text
 * (shade 6 on white) 2.5–3.3:1. Each colour variable is therefore derived here from the palette: the
 * palette's own shade when it is readable, else that shade darkened (light scheme) or lightened (dark
 * scheme) just enough. The targets carry a margin so that text stays readable on the slightly tinted
 * surfaces it also sits on (striped rows, hovered rows, the default button).
 */

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

function format(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` moved towards `toward` (black or white) by `amount` (0–1). */
function mix(color: string, toward: string, amount: number): string {
  const from = parse(color);
  const to = parse(toward);
  return format(from.map((c, i) => c + ((to[i] ?? 0) - c) * amount) as Rgb);
}

/**
 * `color` as it stands when it reaches `ratio` against `background`, else darkened (on a light
 * background) or lightened (on a dark one) in small steps until it does.
 */
export function readable(color: string, background: string, ratio: number): string {
  const toward = luminance(background) > 0.18 ? '#000000' : '#ffffff';
  for (let step = 0; step <= 100; step++) {
    const candidate = mix(color, toward, step / 100);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return toward;
}

const TEXT = 4.5;
/** Text on a surface that may be tinted a little (gray-0/1, dark-6): keep some headroom. */
const TEXT_ON_TINT = 5;

const white = DEFAULT_THEME.white;
const gray = DEFAULT_THEME.colors.gray;
const dark = DEFAULT_THEME.colors.dark;
const lightBody = white;
const lightTint = gray[1];
const darkBody = dark[7];
const darkTint = dark[5];

/** The colour variables of one palette colour that carry text, for each scheme. */
function colorVariables(name: string, shades: MantineColorsTuple) {
  // Light: filled backgrounds carry white text; light backgrounds are shade 1 (hover shade 2).
  const filledLight = readable(shades[6], white, TEXT_ON_TINT);
  const lightText = readable(shades[9], shades[2], TEXT);
  const textLight = readable(shades[7], lightTint, TEXT);
  // Dark: filled backgrounds carry white text; light backgrounds are shade 9 darkened by half.
  const filledDark = readable(shades[8], white, TEXT_ON_TINT);
  const textDark = readable(shades[4], darkTint, TEXT);
  return {
    light: {
      [`--mantine-color-${name}-filled`]: filledLight,
      [`--mantine-color-${name}-filled-hover`]: mix(filledLight, '#000000', 0.1),
      [`--mantine-color-${name}-light-color`]: lightText,
      [`--mantine-color-${name}-outline`]: textLight,
      [`--mantine-color-${name}-text`]: textLight,
    },
    dark: {
      [`--mantine-color-${name}-filled`]: filledDark,
      [`--mantine-color-${name}-filled-hover`]: mix(filledDark, '#000000', 0.1),
      [`--mantine-color-${name}-outline`]: textDark,
      [`--mantine-color-${name}-text`]: textDark,
    },
  };
}

const primaryColor = 'indigo';

/** Every text colour variable of the theme, readable on the surfaces it is used on. */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  const dark_: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (!Array.isArray(shades) || shades.length < 10) continue;
    const variables = colorVariables(name, shades as unknown as MantineColorsTuple);
    Object.assign(light, variables.light);
    Object.assign(dark_, variables.dark);
  }
  const primary = theme.colors[theme.primaryColor] ?? DEFAULT_THEME.colors.indigo;
  const red = theme.colors.red ?? DEFAULT_THEME.colors.red;
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-dimmed': readable(gray[6], lightTint, TEXT),
      '--mantine-color-anchor': readable(primary[7], lightTint, TEXT),
      '--mantine-color-error': readable(red[7], lightTint, TEXT),
      '--mantine-color-placeholder': readable(gray[5], lightBody, 3),
    },
    dark: {
      ...dark_,
      '--mantine-color-dimmed': readable(dark[2], darkTint, TEXT),
      '--mantine-color-anchor': readable(primary[4], darkTint, TEXT),
      '--mantine-color-error': readable(red[5], darkTint, TEXT),
      '--mantine-color-placeholder': readable(dark[3], darkBody, 3),
    },
  };
};

export const theme = createTheme({
  primaryColor,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine's close button is an icon alone: give it a name screen readers can say.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Toasts (@mantine/notifications) are Notification components: their close button needs a name too.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
  },
});
