/** The Flowcase domain model and file format: types, schemas, reading and writing. */
export * from './schema';
export * from './distribution';
export {
  parseProject,
  validateProject,
  readProjectDocument,
  validateProjectDocument,
  describeIssues,
  type ParseResult,
  type DocumentResult,
} from './parse';
export { serializeProject, serializeDocument, UnsavableProjectError } from './serialize';
export { formatIssue, type ProjectIssue } from './issues';
export { validateSemantics } from './semantics';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { readInput, writeInput } from './input-path';
export { inputBounds, type FieldBounds } from './range-bounds';
export { LIMITS } from './limits';
export { findByNameOrId } from './find-by-name';
export { decodeProjectBytes, type DecodedProject } from './decode';
export { STEP_KINDS, isStepKind } from './step-kinds';
