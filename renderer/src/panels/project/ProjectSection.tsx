// The project's name, currency and description. The currency is an ISO 4217 code; anything
// else is refused at the field (lower case is accepted and written in capitals).
import { TextField } from '../../fields/TextField';
import { useAppStore } from '../../store';
import { currencyProblem } from './currency';
import { PanelSection } from './PanelSection';

export function ProjectSection() {
  const currency = useAppStore((s) => s.project?.currency ?? '');
  return (
    <PanelSection id="project" title="Project" summary={`Amounts in ${currency}`}>
      <ProjectFields />
    </PanelSection>
  );
}

function ProjectFields() {
  const name = useAppStore((s) => s.project?.name ?? '');
  const currency = useAppStore((s) => s.project?.currency ?? '');
  const description = useAppStore((s) => s.project?.description ?? '');
  const dispatch = useAppStore((s) => s.dispatch);
  const edit = (patch: { name?: string; currency?: string; description?: string }): void => {
    dispatch({ type: 'updateProject', patch });
  };
  return (
    <>
      <TextField label="Project name" value={name} required onCommit={(n) => edit({ name: n })} />
      <TextField
        label="Currency"
        value={currency}
        maxLength={3}
        code
        hint="Three-letter code (ISO 4217), e.g. EUR, USD, GBP. Every amount is in it."
        validate={currencyProblem}
        onCommit={(code) => {
          const upper = code.toUpperCase();
          if (upper !== currency) edit({ currency: upper });
        }}
      />
      <TextField
        label="Description"
        value={description}
        multiline
        maxLength={10_000}
        onCommit={(d) => edit({ description: d })}
      />
    </>
  );
}
