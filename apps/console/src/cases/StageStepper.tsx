import { Step, StepButton, Stepper } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { STAGE_LABELS, STAGES, type Stage } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { useRecordUpdate } from '../common/useRecordUpdate';

/**
 * The project cycle, the current stage highlighted. Whoever may update the case (its team, or the
 * relay it is assigned to) moves it by clicking a stage; the move lands in the stage history and
 * on the timeline.
 */
export const StageStepper = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  const { send, isPending } = useRecordUpdate('cases');
  if (!record) return null;
  const current = STAGES.indexOf(record.stage as Stage);
  const movable = Boolean(canAccess) && !isPending;
  return (
    <Stepper nonLinear activeStep={current} alternativeLabel aria-label={translate('resources.cases.fields.stage')} sx={{ my: 2 }}>
      {STAGES.map((stage, index) => (
        <Step key={stage} completed={index < current}>
          <StepButton
            disabled={!movable || index === current}
            aria-current={index === current ? 'step' : undefined}
            onClick={() => send({ stage }, { success: 'resacoop.cases.stage_moved' })}
          >
            {STAGE_LABELS[stage][locale]}
          </StepButton>
        </Step>
      ))}
    </Stepper>
  );
};
