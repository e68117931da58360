// The workspace database (IndexedDB through Dexie): the project library, each project's saved
// document, its snapshots, and small settings such as the session to reopen. Schema versions
// are append-only: a new version is added to SCHEMA_VERSIONS with its upgrade, never edited.
import Dexie, { type EntityTable, type Transaction } from 'dexie';

/** One project in the library, without its document, so the list reads little. */
export interface ProjectRow {
  id: string;
  name: string;
  /** Milliseconds since 1970 of the last save. */
  updatedAt: number;
  /** Characters of the saved document. */
  size: number;
  /** Counts saves; a save based on an older count is refused (another tab saved first). */
  revision: number;
}

/** The saved text of a project, in the `.flowcase` file format. */
export interface DocumentRow {
  id: string;
  text: string;
  revision: number;
}

export interface SnapshotRow {
  id?: number;
  projectId: string;
  name: string;
  createdAt: number;
  text: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'flowcase-workspace';

/** The workspace format this Flowcase writes; the same number as the newest schema version. */
export const WORKSPACE_FORMAT = 1;

/** The setting that records which workspace format wrote the database. */
export const FORMAT_KEY = 'workspace.format';

interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  /** Rewrites the rows of the version before; absent when only tables or indexes are added. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every schema this workspace has had, oldest first. Append only. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt',
      documents: 'id',
      snapshots: '++id, projectId',
      settings: 'key',
    },
  },
];

export class WorkspaceDb extends Dexie {
  projects!: EntityTable<ProjectRow, 'id'>;
  documents!: EntityTable<DocumentRow, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // Strict durability: an autosave is on disk when its transaction completes.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
