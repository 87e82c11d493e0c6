import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Colours that white text, and text on the page's light greys (#fafafb, the toolbar's #e0e0e0), read at the RGAA's 4.5:1 or better. */
const BLUE = { main: '#1565c0', dark: '#0d47a1', light: '#5e92f3', contrastText: '#fff' };
const RED = { main: '#b71c1c', dark: '#7f0000', light: '#f05545', contrastText: '#fff' };
const AMBER = { main: '#a84b00', dark: '#783500', light: '#e07b39', contrastText: '#fff' };
const CYAN = { main: '#01579b', dark: '#002f6c', light: '#4f83cc', contrastText: '#fff' };
const GREEN = { main: '#1b5e20', dark: '#003300', light: '#4c8c4a', contrastText: '#fff' };

/**
 * react-admin's theme with colours that pass the RGAA's contrast ratios (axe-core checks every
 * page in the browser suites): MUI's defaults (white on #2196f3, #1976d2 on the page's grey, white
 * on the orange and light blue chips, red on the toolbar's grey) do not.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: BLUE, secondary: BLUE, error: RED, warning: AMBER, info: CYAN, success: GREEN },
  components: {
    ...defaultTheme.components,
    // An empty list's message is written in the disabled grey (2.7:1) by default.
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
  },
};
