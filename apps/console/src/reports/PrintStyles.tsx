import { GlobalStyles } from '@mui/material';

/** The class of what is for the screen only: the period picker and the buttons. */
export const NOT_PRINTED = 'resacoop-not-printed';

/** On paper (A4), the report alone: no app bar, menu, picker or button. */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '12mm' },
      '@media print': {
        [`header.MuiAppBar-root, .RaLayout-contentWithSidebar > .MuiDrawer-root, .${NOT_PRINTED}`]: { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
      },
    }}
  />
);
