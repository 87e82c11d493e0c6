import { Button, Card, CardContent, Typography } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import { Link } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import type { Audience } from './addresses';

/** A page the user cannot use here: its title, why, and the way back to the home page. */
const OutOfReach = ({ title, explanation }: { title: string; explanation: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={title} />
      <CardContent>
        <Typography sx={{ mb: 2 }}>{explanation}</Typography>
        <Button component={Link} to="/" variant="contained" startIcon={<HomeIcon />}>
          {translate('resacoop.out_of_reach.home')}
        </Button>
      </CardContent>
    </Card>
  );
};

/** An address the user's role may not open (see addresses.ts): who it is for, rather than a blank page. */
export const ReservedPage = ({ audience }: { audience: Audience }) => {
  const translate = useTranslate();
  return (
    <OutOfReach
      title={translate('resacoop.out_of_reach.reserved_title')}
      explanation={translate(`resacoop.out_of_reach.reserved_to_${audience}`)}
    />
  );
};

/** An address no page of the console answers. */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <OutOfReach title={translate('resacoop.out_of_reach.not_found_title')} explanation={translate('resacoop.out_of_reach.not_found')} />
  );
};
