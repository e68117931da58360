// The drag-and-drop type a palette button puts on the data transfer: the step kind to add.
export const PALETTE_DRAG_TYPE = 'application/x-flowcase-step-kind';
