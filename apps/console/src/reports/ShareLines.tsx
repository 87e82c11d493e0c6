import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Breakdown } from '@resacoop/domain';
import { useReportFormat } from './format';

/** The shares the way the annual report prints them, largest first: "57% France (77)". Codes without any are left out. */
export const ShareLines = ({ breakdown, labelOf }: { breakdown: Breakdown; labelOf: (key: string | null) => string }) => {
  const translate = useTranslate();
  const format = useReportFormat();
  const shares = breakdown.items.filter((item) => item.count > 0).sort((a, b) => b.count - a.count);
  return (
    <Stack direction="row" flexWrap="wrap" columnGap={3} rowGap={0.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mb: 2 }}>
      {shares.map((item) => (
        <Typography key={item.key ?? ''} component="li" sx={{ fontWeight: 600 }}>
          {translate('resacoop.reports.share_line', { percent: format.count(item.percent), label: labelOf(item.key), count: format.count(item.count) })}
        </Typography>
      ))}
    </Stack>
  );
};
