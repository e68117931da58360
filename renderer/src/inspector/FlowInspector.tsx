// The inspector for a selected flow: where it goes, its label and, leaving a decision, the
// share of cases that take it.
import type { Flow, ProcessMap } from '../../../shared/model/schema';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { Section } from '../panels/Facts';
import { useAppStore } from '../store';

export function FlowInspector({ flow, map }: { flow: Flow; map: ProcessMap }) {
  const mapKey = useAppStore((s) => s.activeMapKey);
  const dispatch = useAppStore((s) => s.dispatch);
  const from = map.steps.find((s) => s.id === flow.from);
  const to = map.steps.find((s) => s.id === flow.to);
  return (
    <Section title={`From ${from?.name ?? flow.from} to ${to?.name ?? flow.to}`}>
      <TextField
        label="Label"
        value={flow.label}
        onCommit={(label) => dispatch({ type: 'updateFlow', map: mapKey, flowId: flow.id, label })}
      />
      {from?.kind === 'decision' && (
        <NumberField
          label="Probability"
          hint="Share of the cases leaving the decision that take this flow."
          value={flow.probability ?? 0}
          unit="percent"
          min={0}
          max={1}
          onCommit={(probability) =>
            dispatch({ type: 'updateFlow', map: mapKey, flowId: flow.id, probability })
          }
        />
      )}
    </Section>
  );
}
