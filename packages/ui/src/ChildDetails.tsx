import { AgeBand } from "./AgeBand.tsx";
import type { CheckerAction, CheckerState } from "./checker-state.ts";
import { Checkbox } from "./Checkbox.tsx";
import { Heading } from "./Heading.tsx";

/** "About the child": age band, immediate danger and an Early Help Assessment already in place. */
export function ChildDetails(props: {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
  headingLevel: number;
}) {
  const { state, dispatch } = props;
  return (
    <>
      <Heading level={props.headingLevel}>About the child</Heading>
      <AgeBand value={state.ageBand} onChange={(ageBand) => dispatch({ type: "age", ageBand })} />
      <Checkbox
        label="The child is in immediate danger"
        checked={state.immediateDanger}
        onChange={(on) => dispatch({ type: "danger", on })}
        rh="danger-flag"
      />
      <Checkbox
        label="An Early Help Assessment is already in place"
        checked={state.ehaInPlace}
        onChange={(on) => dispatch({ type: "eha", on })}
        rh="eha-flag"
      />
    </>
  );
}
