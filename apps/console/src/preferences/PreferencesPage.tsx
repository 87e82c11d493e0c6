import { Card, CardContent, FormControlLabel, Switch, Typography } from '@mui/material';
import { PageLoading } from '../common/PageLoading';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Me } from '../providers/authProvider';
import type { ResacoopDataProvider } from '../providers/dataProvider';

const ME_KEY = ['auth', 'me', 'preferences'];

/** "Mes préférences": the user's own settings (today the daily digest, on or off). */
export const PreferencesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const queryClient = useQueryClient();
  // Read fresh each time: the preference may have changed in another tab or by an admin.
  const { data: me, isPending } = useQuery({ queryKey: ME_KEY, queryFn: () => dataProvider.me(), gcTime: 0 });
  const { mutate, isPending: isSaving } = useMutation({
    mutationFn: (dailyDigest: boolean) => dataProvider.savePreferences({ dailyDigest }),
    onSuccess: (user) => {
      queryClient.setQueryData<Me>(ME_KEY, (previous) => (previous ? { ...previous, dailyDigest: user.dailyDigest } : previous));
      notify('resacoop.preferences.saved', { type: 'info' });
    },
    onError: () => notify('ra.notification.http_error', { type: 'error' }),
  });

  if (isPending) return <PageLoading />;
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('resacoop.preferences.title')} />
      <CardContent>
        <Typography variant="h6" component="h1" gutterBottom>
          {translate('resacoop.preferences.title')}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={me?.dailyDigest ?? false}
              disabled={!me || isSaving}
              onChange={(event) => mutate(event.target.checked)}
              name="dailyDigest"
            />
          }
          label={translate('resacoop.preferences.daily_digest')}
        />
        <Typography variant="body2" color="text.secondary">
          {translate('resacoop.preferences.daily_digest_help')}
        </Typography>
      </CardContent>
    </Card>
  );
};
