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
  /**
   * The `.flowcase` file this project was opened from or saved to (desktop app), or null for a
   * project kept in the library only. The four `file*` fields are null together or set together,
   * except `fileRevision`, which is null while the draft differs from the file in an unknown way.
   */
  filePath: string | null;
  /** The file's name as the title bar shows it ("Invoice approval.flowcase"). */
  fileName: string | null;
  /** The file's modification time (ms) when it was last read or written. */
  fileModifiedAt: number | null;
  /**
   * The `revision` whose document is the file's content: the project has unsaved changes (its
   * draft differs from its file) exactly when this differs from `revision`.
   */
  fileRevision: number | null;
}

/** The fields that link a project row to its file. */
export type FileFields = Pick<
  ProjectRow,
  'filePath' | 'fileName' | 'fileModifiedAt' | 'fileRevision'
>;

export const UNLINKED: FileFields = {
  filePath: null,
  fileName: null,
  fileModifiedAt: null,
  fileRevision: null,
};

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
export const WORKSPACE_FORMAT = 2;

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
  {
    // The desktop app links a project to its file; `filePath` is indexed so opening a file finds
    // its project. Projects written before were library-only: they get the fields, unlinked.
    version: 2,
    stores: { projects: 'id, updatedAt, filePath' },
    upgrade: async (tx) => {
      await tx
        .table('projects')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          Object.assign(row, UNLINKED);
        });
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
