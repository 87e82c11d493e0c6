import { ThemeProvider, type Theme } from '@mui/material';
import { useCallback, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Names every progress indicator in the reader's language, react-admin's own included (the app
 * bar's spinner while a query runs, a reference field's bar): an unnamed progress bar is a serious
 * accessibility fault for as long as a page loads (RGAA).
 */
export const NamedProgress = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const label = translate('ra.page.loading');
  const named = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        MuiLinearProgress: { ...outer.components?.MuiLinearProgress, defaultProps: { 'aria-label': label } },
        MuiCircularProgress: { ...outer.components?.MuiCircularProgress, defaultProps: { 'aria-label': label } },
      },
    }),
    [label],
  );
  return <ThemeProvider theme={named}>{children}</ThemeProvider>;
};
