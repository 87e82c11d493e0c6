import { useState } from 'react';
import { Step, StepButton, Stepper } from '@mui/material';
import { Confirm, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { STAGE_LABELS, STAGES, type Stage } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { useRecordUpdate } from '../common/useRecordUpdate';

/**
 * The project cycle, the current stage highlighted. Whoever may update the case (its team, or the
 * relay it is assigned to) moves it by clicking a stage and confirming the move, named from and to
 * (a stray click would otherwise write the stage history and the timeline); the move lands in the
 * stage history and on the timeline.
 */
export const StageStepper = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  const { send, isPending } = useRecordUpdate('cases');
  const [target, setTarget] = useState<Stage | null>(null);
  if (!record) return null;
  const current = STAGES.indexOf(record.stage as Stage);
  const movable = Boolean(canAccess) && !isPending;
  return (
    <>
      <Stepper nonLinear activeStep={current} alternativeLabel aria-label={translate('resources.cases.fields.stage')} sx={{ my: 2 }}>
        {STAGES.map((stage, index) => (
          <Step key={stage} completed={index < current}>
            <StepButton
              disabled={!movable || index === current}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => setTarget(stage)}
            >
              {STAGE_LABELS[stage][locale]}
            </StepButton>
          </Step>
        ))}
      </Stepper>
      <Confirm
        isOpen={target !== null}
        title="resacoop.cases.stage_confirm.title"
        content="resacoop.cases.stage_confirm.content"
        translateOptions={{
          from: STAGE_LABELS[record.stage as Stage]?.[locale] ?? record.stage,
          to: target ? STAGE_LABELS[target][locale] : '',
        }}
        loading={isPending}
        onConfirm={() => {
          if (target) send({ stage: target }, { success: 'resacoop.cases.stage_moved' });
          setTarget(null);
        }}
        onClose={() => setTarget(null)}
      />
    </>
  );
};
