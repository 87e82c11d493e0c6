import { useState } from 'react';
import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { yearOfPeriod, yearPeriod } from '@resacoop/domain';
import { currentYear, type Period } from './usePeriod';

const CUSTOM = 'custom';
const YEARS_OFFERED = 10;

interface PeriodPickerProps {
  period: Period;
  onPeriodChange: (period: Period) => void;
  compare: boolean;
  onCompareChange: (compare: boolean) => void;
  /** Why the API refused the dates, by field. */
  errors?: Partial<Record<keyof Period, string>>;
}

/** A calendar year (the last ten), or any period from one day to another; and whether to compare with the previous one. */
export const PeriodPicker = ({ period, onPeriodChange, compare, onCompareChange, errors }: PeriodPickerProps) => {
  const translate = useTranslate();
  const year = yearOfPeriod(period.from, period.to);
  const [custom, setCustom] = useState(year === null);
  const showDates = custom || year === null || Boolean(errors);
  const thisYear = currentYear();
  const years = Array.from({ length: YEARS_OFFERED }, (_, index) => thisYear - index);
  if (year !== null && !years.includes(year)) years.push(year);

  const pickYear = (value: string) => {
    setCustom(value === CUSTOM);
    if (value !== CUSTOM) onPeriodChange(yearPeriod(Number(value)));
  };
  // A date input reports '' until its date is complete: only whole dates change the period.
  const pickDay = (field: keyof Period, value: string) => {
    if (value) onPeriodChange({ ...period, [field]: value });
  };

  return (
    <Stack direction="row" flexWrap="wrap" alignItems="flex-start" gap={2}>
      <TextField
        select
        size="small"
        label={translate('resacoop.reports.period.year')}
        value={showDates ? CUSTOM : String(year)}
        onChange={(event) => pickYear(event.target.value)}
        sx={{ width: 220 }}
      >
        {years.map((value) => (
          <MenuItem key={value} value={String(value)}>
            {value}
          </MenuItem>
        ))}
        <MenuItem value={CUSTOM}>{translate('resacoop.reports.period.custom')}</MenuItem>
      </TextField>
      {showDates &&
        (['from', 'to'] as const).map((field) => (
          <TextField
            key={field}
            type="date"
            size="small"
            name={field}
            label={translate(`resacoop.reports.period.${field}`)}
            value={period[field]}
            onChange={(event) => pickDay(field, event.target.value)}
            error={Boolean(errors?.[field])}
            helperText={errors?.[field]}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ))}
      <FormControlLabel
        control={<Switch checked={compare} onChange={(event) => onCompareChange(event.target.checked)} name="compare" />}
        label={translate('resacoop.reports.period.compare')}
      />
    </Stack>
  );
};
