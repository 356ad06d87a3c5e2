import { createContext, useContext } from 'react';

/**
 * The id of the text that names a control placed next to it: a listTile's title labels the checkbox,
 * switch or radio in its leading/trailing slot, as a screen reader user would expect.
 */
export const ControlLabelContext = createContext<string | undefined>(undefined);

export function useControlLabelId(): string | undefined {
  return useContext(ControlLabelContext);
}
