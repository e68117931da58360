/**
 * The part of ELK's JSON graph format that Flowcase writes and reads, as plain types, so
 * `shared/layout` can build and read layouts without importing elkjs (which needs a worker or
 * a 1.6 MB bundle). The shapes match elkjs's own `ElkNode`/`ElkExtendedEdge` types, so a graph
 * built here can be passed straight to `elk.layout()`.
 *
 * Format: https://eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/jsonformat.html
 */

/** ELK layout options: option id to value, both as strings (ELK parses them). */
export type ElkOptions = Record<string, string>;

export interface ElkLabelInput {
  text: string;
  /** Estimated size of the text block, in canvas pixels. */
  width: number;
  height: number;
  /** Where this label goes, when it differs from its node's `elk.nodeLabels.placement`. */
  layoutOptions?: ElkOptions;
}

/** A point where edges attach, relative to its node's top-left corner. */
export interface ElkPortInput {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  layoutOptions: ElkOptions;
}

export interface ElkNodeInput {
  /** The step's id. */
  id: string;
  width: number;
  height: number;
  ports: ElkPortInput[];
  labels?: ElkLabelInput[];
  layoutOptions: ElkOptions;
}

export interface ElkEdgeInput {
  id: string;
  /** The out-port of the step the flow leaves. */
  sources: [string];
  /** The in-port of the step the flow enters. */
  targets: [string];
}

/** A whole map as one flat ELK graph: one node per step, one edge per flow. */
export interface ElkGraphInput {
  id: string;
  layoutOptions: ElkOptions;
  children: ElkNodeInput[];
  edges: ElkEdgeInput[];
}

/** A box in ELK's answer; coordinates are relative to the parent (the graph or the node). */
export interface ElkBoxResult {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** One node of ELK's answer: the input node with its top-left corner filled in. */
export interface ElkNodeResult extends ElkBoxResult {
  id: string;
  /** The outside labels, placed relative to the node's top-left corner. */
  labels?: readonly ElkBoxResult[];
}

/** What `elk.layout()` answers for an `ElkGraphInput`; only what Flowcase reads. */
export interface ElkLayoutResult {
  children?: readonly ElkNodeResult[];
}
