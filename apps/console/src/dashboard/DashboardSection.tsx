import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Card, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface DashboardSectionProps {
  /** A translation key, with its options. */
  title: string;
  titleOptions?: Record<string, unknown>;
  count?: number;
  /** The list holding them all, filtered. */
  seeAll?: string;
  children: ReactNode;
}

/** A card of the home page: its title with the total, a "Tout voir" link, its content. */
export const DashboardSection = ({ title, titleOptions, count, seeAll, children }: DashboardSectionProps) => {
  const translate = useTranslate();
  const heading = translate(title, titleOptions);
  return (
    <Card component="section" aria-label={heading} sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" alignItems="center" gap={1} sx={{ mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {heading}
          </Typography>
          {count !== undefined && (
            <Chip
              size="small"
              color={count > 0 ? 'primary' : 'default'}
              label={count}
              aria-label={translate('resacoop.dashboard.count', { count })}
            />
          )}
          {seeAll && (
            <Button component={Link} to={seeAll} size="small">
              {translate('resacoop.dashboard.see_all')}
            </Button>
          )}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
};

interface DashboardItem {
  key: string;
  to: string;
  primary: string;
  secondary: string;
}

/** Items linking to their records (their dates in red when overdue), or a calm sentence when there are none. */
export const DashboardItems = ({ items, empty, overdue = false }: { items: DashboardItem[]; empty: string; overdue?: boolean }) => {
  const translate = useTranslate();
  if (items.length === 0) return <Typography color="text.secondary">{translate(empty)}</Typography>;
  return (
    <List dense disablePadding>
      {items.map((item) => (
        <ListItem key={item.key} disablePadding>
          <ListItemButton component={Link} to={item.to} sx={{ px: 1 }}>
            <ListItemText
              primary={item.primary}
              secondary={item.secondary}
              slotProps={{ secondary: { color: overdue ? 'error' : 'textSecondary' } }}
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
};
